import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { MessagesService } from './messages.service.js';
import { RoomsService } from './rooms.service.js';
import { toRoomView } from './views.js';
import { RoomBroadcaster } from './room-broadcaster.js';

export const REPORT_NOTICE =
  'One of you reported a problem in this conversation. From now on the organisers of your cohort can read this room, including earlier messages, and can moderate it. They may contact you.';

/** A pair's report: flag the room, tell the pair in the room (once), let the organisers in. */
@Injectable()
export class SafeguardingService {
  constructor(
    private readonly rooms: RoomsService,
    private readonly messages: MessagesService,
    private readonly broadcaster: RoomBroadcaster,
  ) {}

  async report(actor: Actor, roomId: string, reason: string | undefined) {
    const { room, first } = await this.rooms.report(actor, roomId, reason);
    if (first) {
      await this.messages.postSystem(roomId, REPORT_NOTICE);
      this.broadcaster.roomUpdated(toRoomView(room));
    }
    return { roomId, reported: true, notice: REPORT_NOTICE };
  }
}
