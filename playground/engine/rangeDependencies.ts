/**
 * HyperFormula links a formula to a range it reads by walking every cell of the range, even when
 * the range is already in its dependency graph with all those links made: 25,000 input cells of a
 * linked scorecard reading one 50,000-row key column would walk it 25,000 times. Here a formula
 * reading a range the graph already has is linked to that range alone, which is all the walk
 * would add; new ranges still go through HyperFormula's own code.
 */
import { HyperFormula } from "hyperformula";

interface Vertex {
  idInGraph?: number;
}
interface RangeDependency {
  start: unknown;
  end: unknown;
  isFinite(): boolean;
}
interface DependencyGraph {
  getRange(start: unknown, end: unknown): Vertex | undefined;
  graph: { addEdge(from: Vertex, to: Vertex): void };
  processCellDependencies(dependencies: unknown[], endVertex: Vertex): void;
}

const isRange = (dependency: unknown): dependency is RangeDependency =>
  typeof (dependency as RangeDependency).isFinite === "function" && (dependency as RangeDependency).start !== undefined;

let patched = false;

/**
 * Patches every engine's dependency graph (their shared prototype, found on the engine given, or on
 * an empty engine built for it when none is: building one costs a formula parser's set-up).
 */
export function linkKnownRangesDirectly(engine?: HyperFormula): void {
  if (patched) return;
  patched = true;
  const probe = engine ?? HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const prototype = Object.getPrototypeOf((probe as unknown as { dependencyGraph: DependencyGraph }).dependencyGraph) as DependencyGraph;
  if (probe !== engine) probe.destroy();
  const process = prototype.processCellDependencies;
  prototype.processCellDependencies = function (this: DependencyGraph, dependencies, endVertex) {
    const known = new Set<Vertex>();
    const others = dependencies.filter((dependency) => {
      if (!isRange(dependency)) return true;
      const vertex = this.getRange(dependency.start, dependency.end);
      if (vertex?.idInGraph === undefined) return true;
      known.add(vertex);
      return false;
    });
    process.call(this, others, endVertex);
    for (const vertex of known) this.graph.addEdge(vertex, endVertex);
  };
}
