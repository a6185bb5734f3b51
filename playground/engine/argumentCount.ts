/** How many arguments a function takes, and the message naming them when a call gives another number. */
import type { FunctionDoc } from "../../src/functions";

function requiredCount(doc: FunctionDoc): number {
  return doc.params.filter((param) => !param.optional).length;
}

export function acceptsArgumentCount(doc: FunctionDoc, count: number): boolean {
  return count >= requiredCount(doc) && count <= doc.params.length;
}

/** "ROI takes 2 or 3 arguments: gain, cost, [margin]." */
export function argumentCountMessage(doc: FunctionDoc): string {
  const required = requiredCount(doc);
  const total = doc.params.length;
  const counts = required === total ? String(total) : total === required + 1 ? `${required} or ${total}` : `${required} to ${total}`;
  const params = doc.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(", ");
  return `${doc.name} takes ${counts} ${total === 1 ? "argument" : "arguments"}: ${params}.`;
}
