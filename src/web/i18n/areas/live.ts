import type { AreaCatalogue } from './area.js';

/** Live rooms, Q&A, moderation, "my pairings" and the organisers' cohorts and rounds. */
export const liveEn = {
  'live.nav.pairings': 'My pairings',
  'live.nav.cohorts': 'Cohorts',
  'live.yes': 'Yes',
  'live.no': 'No',

  'live.room.kind.event': 'Event discussion',
  'live.room.kind.session': 'Session questions',
  'live.room.kind.cohort': 'Cohort room',
  'live.room.kind.pair': 'Pair room',
  'live.room.pairTitle': 'You and {names}',
  'live.room.pairPrivacy':
    'Only the two of you can read this room. If something is wrong, tell your organisers: after a report they can read it too.',
  'live.room.locked': 'Locked',
  'live.room.lockedNotice':
    'A moderator has locked this room: you can read it but not write for now.',
  'live.room.readOnly': 'You can read this room but not write in it.',
  'live.room.slow': 'Slow mode: one message every {seconds} s',
  'live.room.qa': 'Questions and answers',
  'live.back.event': 'Back to the event',
  'live.back.pairings': 'Back to my pairings',
  'live.back.cohort': 'Back to the cohort',

  'live.status.static': 'Reload the page to see new messages.',
  'live.status.connecting': 'Connecting…',
  'live.status.live': 'Live: new messages appear by themselves.',
  'live.status.offline': 'Connection lost. Trying again…',
  'live.status.ended':
    'Your sign-in has ended or this page is out of date. Reload the page.',
  'live.status.removed': 'You are no longer in this room.',

  'live.script.latin': 'Show Serbian in Latin script',
  'live.script.original': 'Show Serbian as written',

  'live.presence.title': 'Who is here',
  'live.presence.count': '{count} people here',
  'live.presence.one': '1 person here',
  'live.presence.needsScript': 'Who is here now shows when JavaScript is on.',
  'live.typing': '{name} is typing…',
  'live.typingMany': '{names} are typing…',

  'live.messages.title': 'Messages',
  'live.messages.none': 'No messages yet. Say hello!',
  'live.messages.earlier': 'Show earlier messages',
  'live.author.anonymous': 'Anonymous',
  'live.author.deleted': 'Deleted account',
  'live.author.system': 'UraMost',
  'live.anonymousTag': 'asked anonymously',

  'live.send.label': 'Your message',
  'live.send.button': 'Send',
  'live.send.slowHint':
    'Slow mode is on: you can send one message every {seconds} seconds.',
  'live.send.failed':
    'Your message was not sent. Check your connection and try again.',

  'live.qa.title': 'Questions',
  'live.qa.sorted':
    'Most upvoted first. Upvote the questions you want answered.',
  'live.qa.none': 'No questions yet. Ask the first one.',
  'live.qa.askLabel': 'Your question',
  'live.qa.ask': 'Ask',
  'live.qa.anonymous':
    'Ask anonymously (others do not see your name; moderators do)',
  'live.qa.votes': 'Votes',
  'live.qa.upvote': 'Upvote',
  'live.qa.upvoted': 'Upvoted',
  'live.qa.answered': 'Answered',

  'live.mod.hide': 'Hide',
  'live.mod.approve': 'Approve',
  'live.mod.answer': 'Mark answered',
  'live.mod.unanswer': 'Mark not answered',
  'live.mod.mute': 'Mute for {minutes} minutes',
  'live.mod.ban': 'Ban from room',
  'live.queue.title': 'Waiting for a moderator',
  'live.queue.hint':
    'Questions in a moderated Q&A and messages the word filter stopped. Approve them to show them to everyone.',
  'live.queue.none': 'Nothing is waiting.',
  'live.held.filter': 'Word filter',
  'live.held.queue': 'Q&A queue',

  'live.settings.title': 'Room settings',
  'live.settings.locked': 'Locked: only moderators can write',
  'live.settings.slow': 'Slow mode (seconds between messages)',
  'live.settings.slowHint': '0 turns slow mode off. At most 3600.',
  'live.settings.slowError': 'Enter a whole number of seconds from 0 to 3600.',
  'live.settings.mode': 'Kind of room',
  'live.settings.modeChat': 'Chat',
  'live.settings.modeQa': 'Questions and answers',
  'live.settings.qaModeration':
    'Questions wait for a moderator before everyone sees them',
  'live.settings.save': 'Save settings',

  'live.notice.sent': 'Your message is sent.',
  'live.notice.asked': 'Your question is posted.',
  'live.notice.held':
    'Your message waits for a moderator before others see it.',
  'live.notice.hidden': 'The message is hidden.',
  'live.notice.muted': 'The person is muted in this room.',
  'live.notice.banned': 'The person is banned from this room.',
  'live.notice.settings': 'The room settings are saved.',
  'live.notice.approved': 'The message is approved and everyone can see it.',
  'live.notice.answered': 'The question is updated.',
  'live.notice.upvoted': 'Your vote is counted.',
  'live.notice.feedback': 'Thank you: your feedback is saved.',
  'live.notice.skip': 'You will sit out the next round.',
  'live.notice.unskip': 'You will be paired in the next round.',
  'live.notice.created': 'The cohort is created.',
  'live.notice.drafted':
    'A draft round is ready. Review it, change it if needed, then publish it.',
  'live.notice.swapped':
    'The two people are swapped and the round solved again.',
  'live.notice.locked': 'The pair is locked and the round solved again.',
  'live.notice.forbidden':
    'The pair will not be put together; the round is solved again.',
  'live.notice.resolved': 'The round is solved again, keeping your locks.',
  'live.notice.published':
    'The round is published. The participants can see their pairings now.',

  'error.ROOM_FORBIDDEN': 'You are not a member of this room.',
  'error.BANNED_FROM_ROOM': 'A moderator has removed you from this room.',
  'error.ROOM_NOT_FOUND': 'This room does not exist.',
  'error.ROOM_LOCKED':
    'A moderator has locked this room: it is read-only for now.',
  'error.ROOM_READ_ONLY': 'You can read this room but not write in it.',
  'error.MUTED': 'A moderator has muted you in this room for a while.',
  'error.SLOW_MODE':
    'Slow mode is on in this room. Please wait a little before you write again.',
  'error.MESSAGE_EMPTY': 'Write something first.',
  'error.MESSAGE_TOO_LONG':
    'Your message is too long: at most 2,000 characters.',
  'error.QUESTIONS_ONLY': 'This room takes questions only.',
  'error.NOT_A_MODERATOR': 'Only the moderators of this room can do this.',
  'error.CANNOT_SANCTION_SELF': 'You cannot mute or ban yourself.',
  'error.NOT_HELD': 'This message is no longer waiting for a moderator.',
  'error.MESSAGE_NOT_FOUND': 'This message does not exist any more.',
  'error.PAIRING_NO_CANDIDATES':
    'Nobody could be paired in this cohort yet. More members with a complete profile are needed.',
  'error.SWAP_NOT_POSSIBLE':
    'Choose two people placed in two different groups.',
  'error.NOT_IN_COHORT': 'Both people must be members of this cohort.',
  'error.ROUND_PUBLISHED': 'This round is published and can no longer change.',
  'error.NOT_COHORT_ORGANISER':
    'Only the organisers of this cohort can do this.',
  'error.NOT_A_MEMBER': 'You are not a member of this cohort.',

  'live.pairings.title': 'My pairings',
  'live.pairings.intro':
    'The people you were paired with, why, and when you could first meet.',
  'live.pairings.none':
    'You have no pairings yet. When your organisers publish a round, your partner appears here.',
  'live.pairings.round': '{cohort}, round {round}',
  'live.pairings.place': 'Place',
  'live.pairings.languages': 'Languages',
  'live.pairings.interests': 'Interests',
  'live.pairings.language': 'You can talk in {language}.',
  'live.pairings.interpreter':
    'No shared language: your organisers arrange an interpreter',
  'live.pairings.why': 'Why you were paired',
  'live.pairings.meeting': 'Suggested first meeting',
  'live.pairings.noMeeting':
    'You have no common free time in your profiles. Agree on a time in your pair room.',
  'live.pairings.openRoom': 'Open your pair room',
  'live.pairings.cohorts': 'My cohorts',
  'live.pairings.noCohorts': 'You are not in a cohort yet.',
  'live.pairings.cohortRoom': 'Cohort room',
  'live.pairings.skipping': 'You sit out the next round.',
  'live.pairings.notSkipping': 'You will be paired in the next round.',
  'live.pairings.skip': 'Skip the next round',
  'live.pairings.unskip': 'Take part in the next round',

  'live.reason.interests': 'Shared interests',
  'live.reason.availability': 'Common free time',
  'live.reason.language': 'Shared language',
  'live.reason.place': 'Where you live',
  'live.reason.feedback': 'Earlier feedback',
  'live.reason.interpreter': 'Interpreter needed',
  'live.reason.repeat': 'Paired before',
  'live.reason.locked': 'Chosen by the organisers',

  'live.feedback.give': 'Tell us how it went',
  'live.feedback.change': 'Change your feedback',
  'live.feedback.given': 'You rated this pairing {rating} out of 5.',
  'live.feedback.met': 'Did you meet?',
  'live.feedback.rating': 'How was it?',
  'live.feedback.ratingHint': '1 is bad, 5 is very good.',
  'live.feedback.note': 'Anything else (optional)',
  'live.feedback.noteHint':
    'Only the organisers read this, never your partner.',
  'live.feedback.send': 'Send feedback',
  'live.feedback.errorMet': 'Say whether you met.',
  'live.feedback.errorRating': 'Choose a rating from 1 to 5.',
  'live.feedback.errorNote': 'Your note is too long: at most 1,000 characters.',

  'live.cohorts.title': 'Cohorts',
  'live.cohorts.none': 'Your organisation has no cohorts yet.',
  'live.cohorts.all': 'All cohorts',
  'live.cohorts.create': 'Create a cohort',
  'live.cohorts.name': 'Name',
  'live.cohorts.cadence': 'How often rounds happen',
  'live.cohorts.cadenceHint': 'For example: every two weeks. Optional.',
  'live.cohorts.rules': 'Pairing rules',
  'live.cohorts.place': 'Where partners live',
  'live.cohorts.placeNone': 'It does not matter',
  'live.cohorts.createButton': 'Create cohort',
  'live.cohorts.members': 'Members',
  'live.cohorts.room': 'Open the cohort room',
  'live.cohorts.errorName': 'Enter a name of 2 to 200 characters.',
  'live.cohorts.errorCadence': 'Keep this to 40 characters at most.',
  'live.cohorts.errorPlace': 'Choose one of the options.',
  'live.rules.trios':
    'With an odd number of people, one joins a pair as a third member',
  'live.rules.noTrios': 'Pairs only',
  'live.rules.interpreter':
    'Pairs without a shared language are allowed, with an interpreter',
  'live.rules.mixedAges':
    'Minors may be paired with adults at most 3 years older',
  'live.rules.near': 'Prefer partners who live near each other',
  'live.rules.far': 'Prefer partners who live far apart',
  'live.rules.groups': 'Groups of {min} to {max}',

  'live.rounds.title': 'Rounds',
  'live.rounds.none': 'No rounds yet.',
  'live.rounds.number': 'Round {number}',
  'live.rounds.draft': 'Draft',
  'live.rounds.published': 'Published',
  'live.rounds.draftButton': 'Draft a round',
  'live.rounds.reviewDraft': 'Review the draft round',

  'live.figures.title': 'Figures',
  'live.figures.placed': 'Placed',
  'live.figures.meanScore': 'Mean score',
  'live.figures.repeats': 'Repeated partners',
  'live.figures.crossCommunity': 'Across communities',
  'live.figures.groups': 'Groups',
  'live.figures.groupsValue':
    'pairs: {pairs}, trios: {trios}, larger groups: {larger}',

  'live.round.groups': 'Pairs and groups',
  'live.round.score': 'Score {score}',
  'live.round.slot': 'first meeting: {slot}',
  'live.round.unplaced': 'Not placed',
  'live.round.locks': 'Locked together',
  'live.round.forbids': 'Kept apart',
  'live.round.change': 'Change the draft',
  'live.round.choose': 'Choose a person',
  'live.round.first': 'First person',
  'live.round.second': 'Second person',
  'live.round.swap': 'Swap two people',
  'live.round.swapHint':
    'Each takes the other’s place; the rest of the round is solved again around them.',
  'live.round.swapButton': 'Swap',
  'live.round.lock': 'Lock a pair',
  'live.round.lockHint': 'These two will be paired, also when you solve again.',
  'live.round.lockButton': 'Lock pair',
  'live.round.forbid': 'Keep two people apart',
  'live.round.forbidHint': 'These two will not be paired in this round.',
  'live.round.forbidButton': 'Keep apart',
  'live.round.errorTwo': 'Choose two different people.',
  'live.round.resolve': 'Solve again, keeping locks',
  'live.round.publish': 'Publish round',
  'live.round.publishHint':
    'Publishing tells every participant their partner and opens their pair rooms. It cannot be undone.',
  'live.round.feedback': 'Feedback',
  'live.round.noFeedback': 'No feedback yet.',
  'live.round.person': 'Person',

  'live.unplaced.NOT_ENOUGH_PARTICIPANTS':
    'There is nobody else in this round to be paired with.',
  'live.unplaced.NO_OTHER_COMMUNITY':
    'Nobody from another community takes part in this round.',
  'live.unplaced.NO_SHARED_LANGUAGE':
    'Nobody from another community shares a language with this person.',
  'live.unplaced.AGE_RULE':
    'The age rules for minors leave nobody to be paired with.',
  'live.unplaced.ONLY_REPEATS':
    'Everyone this person could be paired with was an earlier partner.',
  'live.unplaced.NO_AVAILABLE_PARTNER':
    'No compatible partner or group had room for this person.',
  'live.unplaced.NO_AVAILABLE_GROUP':
    'No group could take this person within the group rules.',
  'live.unplaced.NO_COMMUNITY_DATA':
    'Community or birth year missing (consent withdrawn or profile incomplete).',
  'live.unplaced.SKIPPED': 'Sits out this round.',
} as const;

export const liveSq: AreaCatalogue<typeof liveEn> = { ...liveEn };

export const liveSrCyrl: AreaCatalogue<typeof liveEn> = { ...liveEn };
