import { Injectable } from '@nestjs/common';
import type { PairMeeting } from './ical/index.js';

/** Other modules (pairing) add entries to a person's feed without the calendar depending on them. */
export type MeetingSource = (accountId: string) => Promise<PairMeeting[]>;

@Injectable()
export class FeedSources {
  private readonly sources: MeetingSource[] = [];

  addMeetings(source: MeetingSource) {
    this.sources.push(source);
  }

  async meetingsOf(accountId: string): Promise<PairMeeting[]> {
    return (await Promise.all(this.sources.map((s) => s(accountId)))).flat();
  }
}
