export * from "./ratios";
export { roundUpWhole } from "./roundUp";
