/**
 * Pairs mode: the exact maximum-cardinality, maximum-score matching of everyone not locked, then
 * trios for whoever is left over, then (only for people who could not be placed otherwise) a second
 * pass that allows earlier partners, flagged.
 */
import {
  applyLocks,
  summarise,
  trioAllowed,
  trioMinCommunities,
  type Draft,
  type LockOutcome,
  type PairingResult,
  type UnplacedPerson,
} from './assemble.js';
import { REASON_MESSAGES, unplacedReason } from './explain.js';
import { solveEdgeSource, type EdgeSource } from './matching.js';
import { cohortGraph, pairScore, type Cohort } from './score.js';

/**
 * Puts leftovers into open pairs (one newcomer per pair) so that as many as possible are placed,
 * then the newcomers' added score is maximal: an exact matching on the bipartite graph
 * leftovers × pairs.
 */
function joinTrios(
  c: Cohort,
  leftovers: number[],
  drafts: Draft[],
  allowRepeats: boolean,
): number[] {
  const hosts = drafts.filter((d) => d.members.length === 2);
  const L = leftovers.length;
  const H = hosts.length;
  if (L === 0 || H === 0 || !c.rules.trios) return leftovers;
  const minCommunities = trioMinCommunities(c);
  const rule = { allowRepeats, minCommunities };
  // A shared language (unless interpreters are allowed) is tested first, on the hosts' common
  // language bits: hosts with the same bits form one group, so a leftover skips whole groups it
  // shares no language with; only the triples that pass go through the full group rule.
  const lw = c.lw;
  const needLanguage = !c.rules.allowInterpreter;
  const groups = new Map<string, { bits: Uint32Array; hosts: number[] }>();
  const hostA = new Int32Array(H);
  const hostB = new Int32Array(H);
  for (let h = 0; h < H; h++) {
    const [a, b] = hosts[h].members;
    hostA[h] = a;
    hostB[h] = b;
    const bits = new Uint32Array(lw);
    for (let w = 0; w < lw; w++)
      bits[w] = needLanguage ? c.langOk[a * lw + w] & c.langOk[b * lw + w] : 0;
    const key = bits.join(',');
    let g = groups.get(key);
    if (g === undefined) {
      g = { bits, hosts: [] };
      groups.set(key, g);
    }
    g.hosts.push(h);
  }
  const hostGroups = [...groups.values()];
  // Feasible (leftover, host) pairs are computed once, as (x, L + h, weight) triples in a typed
  // array (a million or more at 20,000 people: plain arrays cost more to fill than the scores).
  let flat = new Int32Array(3 * 4096);
  let m = 0;
  for (let x = 0; x < L; x++) {
    const p = leftovers[x];
    for (const g of hostGroups) {
      if (needLanguage) {
        let common = 0;
        for (let w = 0; w < lw; w++) common |= g.bits[w] & c.langOk[p * lw + w];
        if (common === 0) continue;
      }
      for (const h of g.hosts) {
        const a = hostA[h];
        const b = hostB[h];
        if (!trioAllowed(c, a, b, p, rule)) continue;
        if (3 * m + 3 > flat.length) {
          const bigger = new Int32Array(flat.length * 2);
          bigger.set(flat);
          flat = bigger;
        }
        flat[3 * m] = x;
        flat[3 * m + 1] = L + h;
        flat[3 * m + 2] = pairScore(c, p, a) + pairScore(c, p, b);
        m++;
      }
    }
  }
  if (m === 0) return leftovers;
  const edges = flat;
  const src: EdgeSource = {
    n: L + H,
    forEachEdge(visit) {
      for (let k = 0; k < 3 * m; k += 3)
        visit(edges[k], edges[k + 1], edges[k + 2]);
    },
  };
  const res = solveEdgeSource(src, { maxCardinality: true });
  const rest: number[] = [];
  for (let x = 0; x < L; x++) {
    const h = res.mate[x];
    if (h >= 0) hosts[h - L].members.push(leftovers[x]);
    else rest.push(leftovers[x]);
  }
  return rest;
}

export function pairLocks(c: Cohort): LockOutcome {
  return applyLocks(c, c.rules.trios ? 3 : 2, (size) =>
    size === 2 ? 2 : trioMinCommunities(c),
  );
}

export function pairCohort(
  c: Cohort,
  trace?: (phase: string, figures: Record<string, number>) => void,
): PairingResult {
  const locks = pairLocks(c);
  const drafts: Draft[] = [...locks.drafts];
  const activeList: number[] = [];
  for (let i = 0; i < c.n; i++) if (!locks.lockedSet[i]) activeList.push(i);
  const active = Int32Array.from(activeList);

  // 1. Exact: as many pairs as possible, then the highest total score.
  const graph = cohortGraph(c, active, { allowRepeats: false });
  const result = solveEdgeSource(graph, { maxCardinality: true, trace });
  trace?.('matched', { pairs: result.cardinality, weight: result.totalWeight });
  const matchingWeight = result.totalWeight;
  let leftovers: number[] = [];
  for (let v = 0; v < active.length; v++) {
    const w = result.mate[v];
    if (w < 0) leftovers.push(active[v]);
    else if (w > v)
      drafts.push({ members: [active[v], active[w]], locked: false });
  }

  // 2. Leftovers join the trio where they add the most.
  leftovers = joinTrios(c, leftovers, drafts, false);
  trace?.('trios', { leftovers: leftovers.length });

  // 3. Whoever is still left may meet an earlier partner again (flagged in the output).
  if (
    leftovers.length > 0 &&
    c.rules.avoidRepeats &&
    c.rules.repeatsForLeftovers
  ) {
    const sub = Int32Array.from(leftovers);
    const second = solveEdgeSource(
      cohortGraph(c, sub, { allowRepeats: true }),
      { maxCardinality: true },
    );
    const rest: number[] = [];
    for (let v = 0; v < sub.length; v++) {
      const w = second.mate[v];
      if (w < 0) rest.push(sub[v]);
      else if (w > v) drafts.push({ members: [sub[v], sub[w]], locked: false });
    }
    leftovers = joinTrios(c, rest, drafts, true);
  }

  const unplaced: UnplacedPerson[] = leftovers
    .sort((a, b) => a - b)
    .map((i) => {
      const reason = unplacedReason(c, i, false);
      return { id: c.ids[i], reason, message: REASON_MESSAGES[reason] };
    });
  trace?.('second pass', { unplaced: leftovers.length });
  const { groups, totalWeight, stats } = summarise(
    c,
    drafts,
    unplaced,
    matchingWeight,
    result.stats,
  );
  trace?.('explained', { groups: groups.length });
  return {
    mode: 'pairs',
    referenceYear: c.referenceYear,
    groups,
    unplaced,
    totalWeight,
    warnings: locks.warnings,
    stats,
  };
}
