/** Runs a build holding the document lock, so that two teammates pressing Build at once do not write over each other. */

const LOCK_WAIT_MS = 30_000;

export interface LockMessages {
  /** Another build holds the lock. */
  busy: string;
  /** Apps Script gave no document lock (getDocumentLock() may return null). */
  noLock: string;
}

export function withDocumentLock<T>(messages: LockMessages, build: () => T): T {
  // The reference documents a null that @types/google-apps-script leaves out.
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw new Error(messages.noLock);
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(messages.busy);
  try {
    return build();
  } finally {
    lock.releaseLock();
  }
}
