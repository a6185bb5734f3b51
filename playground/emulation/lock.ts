/**
 * LockService.getDocumentLock(): always free, unless a test plays a teammate holding it, or a
 * script without a document to lock (getDocumentLock() then returns null, as Apps Script may).
 */
import { expose, fail, type ServiceContext } from "./context";

type Lock = GoogleAppsScript.Lock.Lock;

export interface DocumentLockState {
  /** True to play another execution (a teammate pressing "Build" too) holding the document lock. */
  heldElsewhere: boolean;
  /** True to play the null that getDocumentLock() returns when no document lock can be had. */
  unavailable?: boolean;
}

export class EmulatedLock implements Pick<Lock, "hasLock" | "releaseLock" | "tryLock" | "waitLock"> {
  private held = false;

  constructor(private readonly context: ServiceContext) {}

  // A single-threaded emulation never waits: the lock is free at once, or held for good.
  tryLock(): boolean {
    if (this.context.lock.heldElsewhere) return false;
    this.held = true;
    return true;
  }

  waitLock(): void {
    if (!this.tryLock()) fail(this.context, "Lock timeout: another process was holding the lock for too long.");
  }

  releaseLock(): void {
    this.held = false;
  }

  hasLock(): boolean {
    return this.held;
  }
}

export class EmulatedLockService implements Pick<GoogleAppsScript.Lock.LockService, "getDocumentLock"> {
  constructor(private readonly context: ServiceContext) {}

  /** The reference documents a null where @types/google-apps-script says Lock. */
  getDocumentLock(): Lock {
    if (this.context.lock.unavailable) return null as unknown as Lock;
    return expose(this.context, new EmulatedLock(this.context), "Lock");
  }
}
