import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Other modules register what must happen when an account is erased (free its seats, anonymise
 * its messages …) or revoked (disconnect its sockets). Erasure hooks run inside the erasure's
 * transaction; revocation listeners run after it.
 */
export type ErasureHook = (
  accountId: string,
  em: EntityManager,
) => Promise<void>;
export type RevocationListener = (accountId: string) => void | Promise<void>;
export type ExportSection = (
  accountId: string,
) => Promise<Record<string, unknown>>;

@Injectable()
export class AccountLifecycle {
  private readonly erasureHooks: { name: string; run: ErasureHook }[] = [];
  private readonly revocationListeners: RevocationListener[] = [];
  private readonly exportSections: ExportSection[] = [];
  private readonly afterErasure: ((accountId: string) => Promise<void>)[] = [];

  onErase(name: string, run: ErasureHook) {
    this.erasureHooks.push({ name, run });
  }
  onAfterErase(run: (accountId: string) => Promise<void>) {
    this.afterErasure.push(run);
  }
  onRevoke(listener: RevocationListener) {
    this.revocationListeners.push(listener);
  }
  addExportSection(section: ExportSection) {
    this.exportSections.push(section);
  }

  async runErasure(accountId: string, em: EntityManager) {
    for (const hook of this.erasureHooks) await hook.run(accountId, em);
  }
  async runAfterErasure(accountId: string) {
    for (const run of this.afterErasure) await run(accountId);
  }
  async revoked(accountId: string) {
    for (const l of this.revocationListeners) await l(accountId);
  }
  async exportAll(accountId: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const section of this.exportSections)
      Object.assign(out, await section(accountId));
    return out;
  }
}
