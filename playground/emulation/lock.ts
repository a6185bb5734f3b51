/** LockService.getDocumentLock(): always free, unless a test plays a teammate holding it. */
import { expose, fail, type ServiceContext } from "./context";

type Lock = GoogleAppsScript.Lock.Lock;

export interface DocumentLockState {
  /** True to play another execution (a teammate pressing "Build" too) holding the document lock. */
  heldElsewhere: boolean;
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

  getDocumentLock(): Lock {
    return expose(this.context, new EmulatedLock(this.context), "Lock");
  }
}
