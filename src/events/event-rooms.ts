import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RoomAccess } from '../rooms/room-access.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { EventSession } from './entities/event-session.entity.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import { EventHooks } from './event-hooks.js';

/**
 * Every event and every session of its agenda has a discussion room. Who may enter: the event's
 * confirmed participants and its speakers (organisers of its organisation are let in by the rooms
 * module itself). Rooms are created when an event is published or a session added, and on demand.
 */
@Injectable()
export class EventRooms implements OnModuleInit {
  constructor(
    private readonly rooms: RoomsService,
    private readonly access: RoomAccess,
    private readonly hooks: EventHooks,
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectRepository(EventSession)
    private readonly sessions: Repository<EventSession>,
    @InjectRepository(Registration)
    private readonly registrations: Repository<Registration>,
  ) {}

  onModuleInit() {
    this.access.register('event', async (actor, room) => {
      if (await this.isConfirmed(room.refId, actor.id)) return member;
      const sessions = await this.sessions.findBy({ eventId: room.refId });
      return sessions.some((s) =>
        s.speakers.some((sp) => sp.accountId === actor.id),
      )
        ? member
        : null;
    });
    this.access.register('session', async (actor, room) => {
      const session = await this.sessions.findOneBy({ id: room.refId });
      if (!session) return null;
      if (session.speakers.some((sp) => sp.accountId === actor.id))
        return member;
      return (await this.isConfirmed(session.eventId, actor.id))
        ? member
        : null;
    });
    this.hooks.on(async (h) => {
      if (h.type === 'event.published') await this.ensureAll(h.eventId);
      if (h.type === 'session.changed') await this.ensureAll(h.eventId);
      // (listeners run before the HTTP answer: the next message is refused, not up to 5 s later)
      if (h.type === 'registration.cancelled')
        await this.registrationsEnded(h.eventId, [h.accountId]);
      if (h.type === 'event.cancelled')
        await this.registrationsEnded(h.eventId, h.accountIds);
    });
  }

  /**
   * Registrations ended (cancelled by the person or an organiser, or with the event): the people
   * leave the event's room and its sessions' rooms on every instance, and their access grants are
   * forgotten, except in rooms where they still speak.
   */
  private async registrationsEnded(eventId: string, accountIds: string[]) {
    if (accountIds.length === 0) return;
    const rooms: { roomId: string; speakers: Set<string> }[] = [];
    const sessions = await this.sessions.findBy({ eventId });
    const speakersOf = (list: EventSession[]) =>
      new Set(
        list.flatMap((s) => s.speakers.flatMap((sp) => sp.accountId ?? [])),
      );
    const eventRoom = await this.rooms.roomIdFor('event', eventId);
    if (eventRoom)
      rooms.push({ roomId: eventRoom, speakers: speakersOf(sessions) });
    for (const s of sessions) {
      const roomId = await this.rooms.roomIdFor('session', s.id);
      if (roomId) rooms.push({ roomId, speakers: speakersOf([s]) });
    }
    for (const { roomId, speakers } of rooms)
      for (const accountId of accountIds)
        if (!speakers.has(accountId))
          this.rooms.membershipEnded(roomId, accountId);
  }

  /**
   * A session's speakers changed, or the session was deleted: speakers who lost their reason to be
   * in its room (or the event's) leave them, and with a deleted session everybody leaves its room.
   */
  async sessionChanged(
    eventId: string,
    sessionId: string,
    speakersBefore: string[],
    deleted: boolean,
  ) {
    const sessions = await this.sessions.findBy({ eventId });
    const speaking = (list: EventSession[]) =>
      new Set(
        list.flatMap((s) => s.speakers.flatMap((sp) => sp.accountId ?? [])),
      );
    const everywhere = speaking(sessions);
    const here = speaking(sessions.filter((s) => s.id === sessionId));
    const sessionRoom = await this.rooms.roomIdFor('session', sessionId);
    const eventRoom = await this.rooms.roomIdFor('event', eventId);
    for (const accountId of new Set(speakersBefore)) {
      if (here.has(accountId)) continue;
      const confirmed = await this.isConfirmed(eventId, accountId);
      if (sessionRoom && (deleted || !confirmed))
        this.rooms.membershipEnded(sessionRoom, accountId);
      if (eventRoom && !confirmed && !everywhere.has(accountId))
        this.rooms.membershipEnded(eventRoom, accountId);
    }
    if (deleted && sessionRoom)
      for (const r of await this.registrations.findBy({
        eventId,
        status: 'confirmed',
      }))
        this.rooms.membershipEnded(sessionRoom, r.accountId);
  }

  private async isConfirmed(eventId: string, accountId: string) {
    return (
      (await this.registrations.countBy({
        eventId,
        accountId,
        status: 'confirmed',
      })) > 0
    );
  }

  /** Room ids for an event and its sessions (created if missing). */
  async ensureAll(
    eventId: string,
  ): Promise<{ event: string; sessions: Map<string, string> }> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event) return { event: '', sessions: new Map() };
    const eventRoom = await this.rooms.ensureRoom(
      'event',
      event.id,
      event.organisationId,
    );
    const sessions = new Map<string, string>();
    for (const s of await this.sessions.findBy({ eventId })) {
      sessions.set(
        s.id,
        await this.rooms.ensureRoom('session', s.id, event.organisationId, {
          mode: 'qa',
        }),
      );
    }
    return { event: eventRoom, sessions };
  }
}

const member = {
  canRead: true,
  canWrite: true,
  canModerate: false,
  via: 'member' as const,
};
