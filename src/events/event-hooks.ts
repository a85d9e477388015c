import { Injectable, Logger } from '@nestjs/common';

/**
 * What happened to an event or a registration, for modules that react (notifications, rooms,
 * calendar caches). Listeners run after the change is committed; a failing listener is logged and
 * never undoes or fails the change itself.
 */
export type EventHappening =
  | { type: 'registration.confirmed'; eventId: string; accountId: string }
  | {
      type: 'registration.waitlisted';
      eventId: string;
      accountId: string;
      position: number | null;
    }
  | { type: 'registration.promoted'; eventId: string; accountId: string }
  | {
      type: 'registration.cancelled';
      eventId: string;
      accountId: string;
      by: 'self' | 'organiser';
    }
  | { type: 'event.published'; eventId: string }
  | { type: 'event.changed'; eventId: string }
  | { type: 'event.cancelled'; eventId: string; accountIds: string[] }
  | { type: 'session.changed'; eventId: string; sessionId: string };

export type EventListener = (h: EventHappening) => Promise<void> | void;

@Injectable()
export class EventHooks {
  private readonly listeners: EventListener[] = [];
  private readonly log = new Logger('EventHooks');

  on(listener: EventListener) {
    this.listeners.push(listener);
  }

  async emit(h: EventHappening): Promise<void> {
    for (const l of this.listeners) {
      try {
        await l(h);
      } catch (e) {
        this.log.error(
          `a listener failed on ${h.type}: ${(e as Error).message}`,
        );
      }
    }
  }
}
