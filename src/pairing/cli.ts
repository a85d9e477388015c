/**
 * Command line for the pairing engine (no server, node built-ins only):
 *
 *   node dist/pairing/cli.js --graph FILE [--max-cardinality] [--candidates K]
 *   node dist/pairing/cli.js --participants FILE [--dump-graph FILE]
 *
 * FILE may be `-` for standard input. Output is one JSON document on standard output; `seconds` is
 * the engine's time after the input was read and parsed. See docs/pairing.md for the formats.
 */
import { openSync, closeSync, readFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  compileCohort,
  firstPassGraph,
  maxWeightMatching,
  parsePairingInput,
  PairingInputError,
  solveCohort,
  type EdgeSource,
} from './engine/index.js';

const USAGE = `Usage:
  pair --graph FILE [--max-cardinality] [--candidates K] [--dump-graph OUT] [--pretty]
      FILE: {"n": 4, "edges": [[u, v, w], ...], "maxCardinality"?: boolean}
      prints {pairs, totalWeight, cardinality, seconds, stats}
  pair --participants FILE [--dump-graph OUT] [--pretty]
      FILE: {"referenceYear"?, "rules"?, "participants": [...], "places"?: [...]}
      prints {groups, unplaced, totalWeight, seconds, mode, referenceYear, warnings, stats}
  --dump-graph OUT writes the weighted graph the exact matching solved as {n, edges, ...}.
  FILE may be - for standard input. Formats: docs/pairing.md.
`;

class UsageError extends Error {}

interface Args {
  graph?: string;
  participants?: string;
  dump?: string;
  maxCardinality: boolean;
  candidates?: number;
  pretty: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { maxCardinality: false, pretty: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--graph':
        args.graph = value();
        break;
      case '--participants':
        args.participants = value();
        break;
      case '--dump-graph':
        args.dump = value();
        break;
      case '--max-cardinality':
        args.maxCardinality = true;
        break;
      case '--candidates': {
        const k = Number(value());
        if (!Number.isInteger(k) || k < 0)
          throw new UsageError('--candidates takes an integer ≥ 0');
        args.candidates = k;
        break;
      }
      case '--pretty':
        args.pretty = true;
        break;
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown argument ${a}`);
    }
  }
  if ((args.graph === undefined) === (args.participants === undefined)) {
    throw new UsageError('give exactly one of --graph or --participants');
  }
  return args;
}

function readJson(file: string): unknown {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PairingInputError(
      `not valid JSON (${(e as Error).message})`,
      file,
    );
  }
}

/** Streams a graph to a file as JSON without building the whole text in memory. */
function dumpGraph(
  out: string,
  src: EdgeSource,
  extra: Record<string, unknown>,
): number {
  const fd = openSync(out, 'w');
  let count = 0;
  try {
    const head = { n: src.n, ...extra };
    writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"edges":[`);
    let buf: string[] = [];
    src.forEachEdge((u, v, w) => {
      buf.push(`${count === 0 ? '' : ','}[${u},${v},${w}]`);
      count++;
      if (buf.length >= 65536) {
        writeSync(fd, buf.join(''));
        buf = [];
      }
    });
    writeSync(fd, `${buf.join('')}]}\n`);
  } finally {
    closeSync(fd);
  }
  return count;
}

function parseGraph(x: unknown): {
  n: number;
  edges: number[][];
  maxCardinality?: boolean;
} {
  if (
    typeof x !== 'object' ||
    x === null ||
    !Array.isArray((x as { edges?: unknown }).edges)
  ) {
    throw new PairingInputError(
      'expected {n, edges: [[u, v, w], ...]}',
      'graph',
    );
  }
  const g = x as { n?: unknown; edges: unknown[]; maxCardinality?: unknown };
  const edges = g.edges as number[][];
  let n = g.n;
  if (n === undefined) {
    n = 0;
    for (const e of edges)
      if (Array.isArray(e)) n = Math.max(n as number, e[0] + 1, e[1] + 1);
  }
  if (typeof n !== 'number')
    throw new PairingInputError('expected a number', 'graph.n');
  return {
    n,
    edges,
    maxCardinality:
      typeof g.maxCardinality === 'boolean' ? g.maxCardinality : undefined,
  };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const space = args.pretty ? 2 : undefined;
  if (args.graph !== undefined) {
    const g = parseGraph(readJson(args.graph));
    const maxCardinality = args.maxCardinality || g.maxCardinality === true;
    const t0 = performance.now();
    const res = maxWeightMatching(g.n, g.edges, {
      maxCardinality,
      candidatesPerVertex: args.candidates,
    });
    const seconds = (performance.now() - t0) / 1000;
    if (args.dump !== undefined) {
      dumpGraph(
        args.dump,
        {
          n: g.n,
          forEachEdge: (visit) => {
            for (const e of g.edges) visit(e[0], e[1], e[2]);
          },
        },
        { maxCardinality },
      );
    }
    const out = {
      pairs: res.pairs,
      totalWeight: res.totalWeight,
      cardinality: res.cardinality,
      maxCardinality,
      seconds: Number(seconds.toFixed(4)),
      stats: res.stats,
    };
    process.stdout.write(`${JSON.stringify(out, null, space)}\n`);
    return 0;
  }
  const input = parsePairingInput(readJson(args.participants!));
  const t0 = performance.now();
  const cohort = compileCohort(input);
  const result = solveCohort(cohort);
  const seconds = (performance.now() - t0) / 1000;
  if (args.dump !== undefined) {
    const graph = firstPassGraph(cohort);
    const ids = Array.from(graph.active, (i) => cohort.ids[i]);
    dumpGraph(args.dump, graph, { maxCardinality: true, ids });
  }
  const out = {
    groups: result.groups,
    unplaced: result.unplaced,
    totalWeight: result.totalWeight,
    seconds: Number(seconds.toFixed(4)),
    mode: result.mode,
    referenceYear: result.referenceYear,
    warnings: result.warnings,
    stats: result.stats,
  };
  process.stdout.write(`${JSON.stringify(out, null, space)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`pair: ${e.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (e instanceof PairingInputError || e instanceof RangeError) {
    process.stderr.write(`pair: invalid input: ${e.message}\n`);
    process.exitCode = 1;
  } else if (
    e instanceof Error &&
    typeof (e as { code?: unknown }).code === 'string'
  ) {
    process.stderr.write(`pair: ${e.message}\n`); // file system errors (ENOENT, EACCES …)
    process.exitCode = 1;
  } else {
    throw e;
  }
}
