/**
 * Groups mode (`rules.groupSize`, e.g. {min: 3, max: 4}) with every community represented.
 * Partitioning into such groups at maximum score is NP-hard, so this is a heuristic with a reported
 * upper bound:
 *
 * 1. Seeds: the exact maximum-cardinality, maximum-score matching (pairs), organiser locks, and
 *    singles for whoever is unmatched.
 * 2. Merging: units whose sizes fit together are merged along an exact matching on the units
 *    (maximum number of merges, then the highest cross score), repeated while it helps.
 * 3. Repair: a unit still below the minimum takes a member from a group above the minimum, or its
 *    members join groups with room; whoever fits nowhere is reported.
 * 4. Local search: moves and swaps between groups (first improvement, fixed order, bounded passes).
 *
 * Upper bound: every member of a group of at most `max` people has at most `max − 1` partners in it,
 * so the total score (Σ over member pairs) is at most ½ Σ_i (sum of i's `max − 1` best feasible
 * pair scores).
 */
import {
  applyLocks,
  groupAllowed,
  summarise,
  type Draft,
  type LockOutcome,
  type PairingResult,
  type UnplacedPerson,
} from './assemble.js';
import { REASON_MESSAGES, unplacedReason } from './explain.js';
import { solveEdgeSource, TopK, type EdgeSource } from './matching.js';
import { cohortGraph, pairScore, type Cohort } from './score.js';

const LOCAL_SEARCH_PASSES = 8;
const ALL_PAIRS_UNITS = 1500;

interface Unit extends Draft {
  alive: boolean;
}

/** Communities a unit of size s needs: all required ones once complete, else enough to complete. */
function communityNeed(c: Cohort): (s: number) => number {
  const { min, max } = c.rules.groupSize!;
  const required = c.rules.differentCommunities
    ? Math.min(c.communities.length, min)
    : 1;
  return (s) => (s >= min ? required : Math.max(1, required - (max - s)));
}

export function groupLocks(c: Cohort): LockOutcome {
  return applyLocks(c, c.rules.groupSize!.max, communityNeed(c));
}

export function groupCohort(
  c: Cohort,
  trace?: (phase: string, figures: Record<string, number>) => void,
): PairingResult {
  const size = c.rules.groupSize;
  if (!size) throw new Error('groupCohort needs rules.groupSize');
  const { min, max } = size;
  const n = c.n;
  const need = communityNeed(c);
  const allowed = (members: readonly number[]): boolean =>
    groupAllowed(c, members, {
      allowRepeats: false,
      minCommunities: need(members.length),
    });

  const locks = groupLocks(c);

  // Best feasible partners of everyone (any community): candidates and the upper bound.
  const K = Math.max(8, max - 1);
  const everyone = new Int32Array(n);
  for (let i = 0; i < n; i++) everyone[i] = i;
  const top = new TopK(n, K);
  cohortGraph(c, everyone, {
    allowRepeats: false,
    ignoreCommunity: true,
  }).forEachEdge((a, b, w) => {
    top.offer(a, b, w);
    top.offer(b, a, w);
  });
  const partners: number[][] = [];
  let bound2 = 0;
  for (let i = 0; i < n; i++) {
    const entries: [number, number, number][] = [];
    for (let k = 0; k < top.size[i]; k++) {
      entries.push([top.w[i * K + k], top.t[i * K + k], top.x[i * K + k]]);
    }
    entries.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    partners.push(entries.map((e) => e[2]));
    for (let k = 0; k < Math.min(max - 1, entries.length); k++)
      bound2 += entries[k][0];
  }
  const upperBound = Math.floor(bound2 / 2);

  // 1. Seeds.
  const units: Unit[] = locks.drafts.map((d) => ({ ...d, alive: true }));
  const activeList: number[] = [];
  for (let i = 0; i < n; i++) if (!locks.lockedSet[i]) activeList.push(i);
  const active = Int32Array.from(activeList);
  const matching = solveEdgeSource(
    cohortGraph(c, active, { allowRepeats: false }),
    { maxCardinality: true, trace },
  );
  for (let v = 0; v < active.length; v++) {
    const w = matching.mate[v];
    if (w < 0) units.push({ members: [active[v]], locked: false, alive: true });
    else if (w > v && max >= 2) {
      units.push({
        members: [active[v], active[w]],
        locked: false,
        alive: true,
      });
    }
  }
  const unitOf = new Int32Array(n).fill(-1);
  const reindex = (): void => {
    unitOf.fill(-1);
    units.forEach((u, k) => {
      if (u.alive) for (const m of u.members) unitOf[m] = k;
    });
  };
  reindex();

  const crossScore = (a: readonly number[], b: readonly number[]): number => {
    let s = 0;
    for (const x of a) for (const y of b) s += pairScore(c, x, y);
    return s;
  };
  const contribution = (p: number, members: readonly number[]): number => {
    let s = 0;
    for (const m of members) if (m !== p) s += pairScore(c, p, m);
    return s;
  };

  // 2. Merging rounds.
  for (let round = 0; round < 2 * max; round++) {
    const live = units.map((u, k) => k).filter((k) => units[k].alive);
    const small = live.filter((k) => units[k].members.length < min);
    if (small.length === 0) break;
    const pos = new Map(live.map((k, i) => [k, i]));
    const eu: number[] = [];
    const ev: number[] = [];
    const ew: number[] = [];
    const seen = new Set<number>();
    const consider = (a: number, b: number): void => {
      if (a === b) return;
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      const key = lo * units.length + hi;
      if (seen.has(key)) return;
      seen.add(key);
      const A = units[lo].members;
      const B = units[hi].members;
      if (A.length + B.length > max) return;
      if (A.length >= min && B.length >= min) return;
      const union = [...A, ...B];
      if (!allowed(union)) return;
      eu.push(pos.get(lo)!);
      ev.push(pos.get(hi)!);
      ew.push(crossScore(A, B));
    };
    if (live.length <= ALL_PAIRS_UNITS) {
      for (const a of small) for (const b of live) consider(a, b);
    } else {
      for (const a of small) {
        for (const m of units[a].members)
          for (const q of partners[m]) consider(a, unitOf[q]);
      }
    }
    if (eu.length === 0) break;
    const src: EdgeSource = {
      n: live.length,
      forEachEdge(visit) {
        for (let k = 0; k < eu.length; k++) visit(eu[k], ev[k], ew[k]);
      },
    };
    const res = solveEdgeSource(src, { maxCardinality: true });
    if (res.cardinality === 0) break;
    for (const [x, y] of res.pairs) {
      const A = units[live[x]];
      const B = units[live[y]];
      A.members.push(...B.members);
      A.locked = A.locked || B.locked;
      B.alive = false;
      B.members = [];
    }
    reindex();
  }

  // 3. Repair units below the minimum.
  const leftovers: number[] = [];
  const groupsWithRoom = (): number[] =>
    units
      .map((u, k) => k)
      .filter((k) => units[k].alive && units[k].members.length < max);
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (!u.alive || u.members.length >= min) continue;
    // (a) take a member from a group that can spare one
    while (u.members.length < min) {
      let best = -Infinity;
      let from = -1;
      let who = -1;
      for (let g = 0; g < units.length; g++) {
        const G = units[g];
        if (g === k || !G.alive || G.locked || G.members.length <= min)
          continue;
        for (const r of G.members) {
          const rest = G.members.filter((m) => m !== r);
          const grown = [...u.members, r];
          if (!allowed(rest) || !allowed(grown)) continue;
          const gain = contribution(r, grown) - contribution(r, G.members);
          if (gain > best) {
            best = gain;
            from = g;
            who = r;
          }
        }
      }
      if (from < 0) break;
      units[from].members = units[from].members.filter((m) => m !== who);
      u.members.push(who);
    }
    if (u.members.length >= min) continue;
    // (b) dissolve: each member joins the group with room where it adds most
    if (u.locked) {
      leftovers.push(...u.members);
      u.alive = false;
      continue;
    }
    u.alive = false;
    const members = u.members;
    u.members = [];
    for (const m of members) {
      let best = -Infinity;
      let into = -1;
      for (const g of groupsWithRoom()) {
        const G = units[g];
        if (G.members.length < min) continue;
        const grown = [...G.members, m];
        if (!allowed(grown)) continue;
        const gain = contribution(m, grown);
        if (gain > best) {
          best = gain;
          into = g;
        }
      }
      if (into < 0) leftovers.push(m);
      else units[into].members.push(m);
    }
  }
  reindex();

  // 4. Local search: moves and swaps that raise the total score and keep every group valid.
  for (let pass = 0; pass < LOCAL_SEARCH_PASSES; pass++) {
    let improved = false;
    for (let p = 0; p < n; p++) {
      const g = unitOf[p];
      if (g < 0 || units[g].locked) continue;
      for (const q of partners[p]) {
        const h = unitOf[q];
        const G = units[g];
        if (h < 0 || h === g || !G.members.includes(p)) continue;
        const H = units[h];
        const without = G.members.filter((m) => m !== p);
        const here = contribution(p, G.members);
        // move p into H
        if (H.members.length < max && G.members.length > min) {
          const into = [...H.members, p];
          const gain = contribution(p, into) - here;
          if (gain > 0 && allowed(without) && allowed(into)) {
            G.members = without;
            H.members = into;
            unitOf[p] = h;
            improved = true;
            break;
          }
        }
        // swap p with a member r of H
        if (H.locked) continue;
        let done = false;
        for (const r of H.members) {
          const hWithout = H.members.filter((m) => m !== r);
          const gain =
            contribution(p, hWithout) +
            contribution(r, without) -
            here -
            contribution(r, H.members);
          if (gain <= 0) continue;
          const newG = [...without, r];
          const newH = [...hWithout, p];
          if (!allowed(newG) || !allowed(newH)) continue;
          G.members = newG;
          H.members = newH;
          unitOf[p] = h;
          unitOf[r] = g;
          improved = true;
          done = true;
          break;
        }
        if (done) break;
      }
    }
    if (!improved) break;
  }

  // Final check: every group within the size range and valid (the steps above keep this true).
  const drafts: Draft[] = [];
  for (const u of units) {
    if (!u.alive || u.members.length === 0) continue;
    if (
      u.members.length >= min &&
      u.members.length <= max &&
      allowed(u.members)
    ) {
      drafts.push({ members: u.members, locked: u.locked });
    } else leftovers.push(...u.members);
  }
  const unplaced: UnplacedPerson[] = leftovers
    .sort((a, b) => a - b)
    .map((i) => {
      const reason = unplacedReason(c, i, true);
      return { id: c.ids[i], reason, message: REASON_MESSAGES[reason] };
    });
  const out = summarise(
    c,
    drafts,
    unplaced,
    matching.totalWeight,
    matching.stats,
  );
  out.stats.upperBound = upperBound;
  out.stats.gap =
    upperBound === 0 ? 0 : (upperBound - out.totalWeight) / upperBound;
  return {
    mode: 'groups',
    referenceYear: c.referenceYear,
    groups: out.groups,
    unplaced,
    totalWeight: out.totalWeight,
    warnings: locks.warnings,
    stats: out.stats,
  };
}
