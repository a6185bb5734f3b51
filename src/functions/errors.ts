/** The wording of every error a custom function throws: function, argument, position, what to do. */

export function argumentError(functionName: string, argumentName: string, position: string, found: string, fix: string): Error {
  return new Error(`${functionName}: ${argumentName}${position} ${found}; ${fix}.`);
}

export function functionError(functionName: string, message: string): Error {
  return new Error(`${functionName}: ${message}.`);
}
