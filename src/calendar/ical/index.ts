// Public API of the iCalendar builders: pure functions, no Nest, no database.
export {
  CANCELLED_RETENTION_DAYS,
  DEFAULT_TIME_ZONE,
  PRODUCT_ID,
  buildCalendar,
  buildCalendarBytes,
  buildCalendarFromBlocks,
  renderEventBlock,
  type EventBlock,
  buildInvitation,
  eventUid,
  isListed,
  meetingUid,
  sessionUid,
} from './calendar-builder.js';
export { etagFor, lastModifiedFor } from './http-cache.js';
export { foldLine, unfold } from './content-line.js';
export { placeName, pickText } from './localize.js';
export type * from './types.js';
