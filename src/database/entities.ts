import {
  Cohort,
  CohortMember,
  PairFeedback,
  PairGroup,
  PairGroupMember,
  PairingRound,
} from '../pairing/entities/cohort.entities.js';
import { Account } from '../auth/entities/account.entity.js';
import { Consent } from '../participants/entities/consent.entity.js';
import { ParticipantProfile } from '../participants/entities/participant-profile.entity.js';
import { CalendarFeed } from '../calendar/entities/calendar-feed.entity.js';
import { EventSession } from '../events/entities/event-session.entity.js';
import { Event } from '../events/entities/event.entity.js';
import { Registration } from '../events/entities/registration.entity.js';
import { MailOutbox } from '../notifications/entities/mail-outbox.entity.js';
import {
  Bulletin,
  BulletinDelivery,
  BulletinSubscription,
} from '../outreach/entities/bulletin.entities.js';
import { PublicationComment } from '../outreach/entities/publication-comment.entity.js';
import { Publication } from '../outreach/entities/publication.entity.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { Message } from '../rooms/entities/message.entity.js';
import { ModerationLogEntry } from '../rooms/entities/moderation-log.entity.js';
import { QuestionVote } from '../rooms/entities/question-vote.entity.js';
import { Room } from '../rooms/entities/room.entity.js';
import { RoomSanction } from '../rooms/entities/room-sanction.entity.js';
import {
  Community,
  Language,
  Place,
  Topic,
} from '../reference/entities/reference.entities.js';

/** Every entity of the schema. Migrations must describe exactly these (CI checks the drift). */
export const ENTITIES = [
  Organisation,
  Community,
  Topic,
  Language,
  Place,
  Account,
  ParticipantProfile,
  Consent,
  Event,
  EventSession,
  Registration,
  MailOutbox,
  CalendarFeed,
  Cohort,
  CohortMember,
  PairingRound,
  PairGroup,
  PairGroupMember,
  PairFeedback,
  Room,
  Message,
  QuestionVote,
  RoomSanction,
  ModerationLogEntry,
  Publication,
  PublicationComment,
  BulletinSubscription,
  Bulletin,
  BulletinDelivery,
];
