import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { Message } from './entities/message.entity.js';
import { ModerationLogEntry } from './entities/moderation-log.entity.js';
import { QuestionVote } from './entities/question-vote.entity.js';
import { Room } from './entities/room.entity.js';
import { RoomSanction } from './entities/room-sanction.entity.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesService } from './messages.service.js';
import { Presence } from './presence.js';
import { RoomAccess } from './room-access.js';
import { RoomBroadcaster } from './room-broadcaster.js';
import { RoomsController } from './rooms.controller.js';
import { RoomsGateway } from './rooms.gateway.js';
import { RoomsRepository } from './rooms.repository.js';
import { RoomsService } from './rooms.service.js';
import { SafeguardingService } from './safeguarding.service.js';
import { SocketDelivery } from './socket-delivery.js';
import { SocketSessions } from './socket-sessions.js';

/**
 * Discussion rooms. Other modules import it for `RoomsService.ensureRoom` (create/get the room of
 * an event, session, cohort or pair) and `RoomAccess.register` (who may enter rooms of a kind);
 * the live room pages use `MessagesService` for history, questions and the form fallbacks.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Room,
      Message,
      QuestionVote,
      RoomSanction,
      ModerationLogEntry,
    ]),
  ],
  controllers: [RoomsController],
  providers: [
    RoomAccess,
    RoomsRepository,
    MessagesRepository,
    RoomsService,
    MessagesService,
    SafeguardingService,
    RoomBroadcaster,
    SocketDelivery,
    Presence,
    SocketSessions,
    RoomsGateway,
  ],
  exports: [RoomsService, RoomAccess, MessagesService],
})
export class RoomsModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: AccountLifecycle,
    private readonly messages: MessagesService,
    private readonly rooms: RoomsService,
  ) {}

  onModuleInit() {
    // Erasure: messages stay as "deleted user" without their text; sanctions and votes go.
    this.lifecycle.onErase('rooms', async (accountId, em) => {
      await this.messages.anonymise(accountId, em);
      await this.rooms.anonymise(accountId, em);
    });
    this.lifecycle.addExportSection(async (accountId) => ({
      roomMessages: await this.messages.exportFor(accountId),
    }));
  }
}
