export * from "./ratios";
export { roundDownWhole, roundUpWhole } from "./roundUp";
