import type { AreaCatalogue } from './area.js';

/** Live rooms, Q&A, moderation, "my pairings" and the organisers' cohorts and rounds. */
export const liveEn = {
  'live.event.roomTitle': 'Discussion room',
  'live.event.roomHint':
    'Talk with the other participants and the organisers before, during and after the event. Each session of the agenda has a room for questions too.',
  'live.event.roomLink': 'Open the discussion room',
  'live.event.sessionRoom': 'Questions for this session',
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

  'notice.messageSent': 'Your message is sent.',
  'notice.questionAsked': 'Your question is posted.',
  'notice.messageHeld':
    'Your message waits for a moderator before others see it.',
  'notice.messageHidden': 'The message is hidden.',
  'notice.personMuted': 'The person is muted in this room.',
  'notice.personBanned': 'The person is banned from this room.',
  'notice.roomSettingsSaved': 'The room settings are saved.',
  'notice.messageApproved': 'The message is approved and everyone can see it.',
  'notice.questionUpdated': 'The question is updated.',
  'notice.voteCounted': 'Your vote is counted.',
  'notice.feedbackSaved': 'Thank you: your feedback is saved.',
  'notice.roundSkipped': 'You will sit out the next round.',
  'notice.roundRejoined': 'You will be paired in the next round.',
  'notice.cohortCreated': 'The cohort is created.',
  'notice.roundDrafted':
    'A draft round is ready. Review it, change it if needed, then publish it.',
  'notice.pairSwapped':
    'The two people are swapped and the round solved again.',
  'notice.pairLocked': 'The pair is locked and the round solved again.',
  'notice.pairForbidden':
    'The pair will not be put together; the round is solved again.',
  'notice.roundResolved': 'The round is solved again, keeping your locks.',
  'notice.roundPublished':
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

  'live.why.interests': 'You share interests: {list}.',
  'live.why.availability': 'You both have free time on {slot}.',
  'live.why.place':
    'Where you live was taken into account, as your organisers chose.',
  'live.why.feedback': 'Your earlier feedback was taken into account.',
  'live.why.repeat':
    'You were paired before: there was no new partner who fitted better.',
  'live.why.locked': 'Your organisers put you together.',
  // the pairing engine's explanation of each part of a group's score (live/explanations.ts)
  'live.explain.interests': 'Shared interests: {list}',
  'live.explain.more': '(+{count} more)',
  'live.explain.slots': {
    one: '{count} common time slot: {list}',
    other: '{count} common time slots: {list}',
  },
  'live.explain.languages': {
    one: 'Common language: {list} (best: {best}, {level})',
    other: 'Common languages: {list} (best: {best}, {level})',
  },
  'live.explain.level.basic': 'basic',
  'live.explain.level.conversational': 'conversational',
  'live.explain.level.fluent': 'fluent',
  'live.explain.placeFar':
    'Live far apart ({where}): this cohort favours exchanges across distance',
  'live.explain.placeNear': 'Live close to each other ({where})',
  'live.explain.samePlace': 'same place',
  'live.explain.distanceUnknown': 'distance unknown',
  'live.explain.km': 'about {km} km apart',
  'live.explain.feedback': 'An earlier meeting of these two was rated highly',
  'live.explain.interpreterPair':
    'No common language at the required level: an interpreter is needed',
  'live.explain.interpreterGroup':
    'No language that every member speaks at the required level: an interpreter is needed',
  'live.explain.repeat':
    'Paired before: no new partner was available this round',
  'live.explain.locked': 'Grouped by an organiser',
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
  'live.cohorts.skipsNext': 'sits out the next round',
  'live.cohorts.noMembers': 'Nobody has joined yet.',
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
  'notice.cohortJoined':
    'You have joined the cohort. You will be paired in its next round.',
  'notice.cohortLeft': 'You have left the cohort.',
  'live.join.organisedBy': 'A cohort organised by {organisation}.',
  'live.join.meaning': 'What joining means',
  'live.join.meaning.pairs':
    'Round after round you are paired with someone from another community (Kosovo Albanians, Kosovo Serbs, citizens of Serbia) to meet and talk.',
  'live.join.meaning.community':
    'Your community is used only to pair you across communities. Your partners and the other members do not see it.',
  'live.join.meaning.skip':
    'You can skip a round, or leave the cohort, whenever you want.',
  'live.join.member': 'You are a member of this cohort',
  'live.join.toPairings': 'Your pairings and cohorts',
  'live.join.button': 'Join this cohort',
  'live.join.leave': 'Leave this cohort',
  'live.join.participantsOnly': 'Only participant accounts can join cohorts.',
  'live.join.missingIntro': 'Before you can join, add to your profile:',
  'live.join.missing.birthYear': 'your year of birth',
  'live.join.missing.guardian':
    'the consent of a parent or guardian (you are under 16)',
  'live.join.missing.community':
    'your community, with your consent to use it for pairing',
  'live.join.missing.languages': 'the languages you speak',
  'live.join.toProfile': 'Go to your profile',
  'live.join.refused.community':
    'Joining needs your community and your consent to use it for pairing. Add both on your profile first.',
  'live.join.refused.profile':
    'Add your year of birth and the languages you speak to your profile first.',
  'live.join.refused.guardian':
    'Participants under 16 need the consent of a parent or guardian before they join a cohort. It can be given on your profile page.',
  'live.cohorts.joinLink': 'Join link',
  'live.cohorts.joinLinkLabel': 'Address to share with participants',
  'live.cohorts.joinLinkHint':
    'Cohorts are not listed publicly. Send this link to the people you invite: they sign in, read what joining means and join.',
} as const;

export const liveSq: AreaCatalogue<typeof liveEn> = {
  'live.event.roomTitle': 'Dhoma e diskutimit',
  'live.event.roomHint':
    'Bisedoni me pjesëmarrësit e tjerë dhe me organizatorët para, gjatë dhe pas ngjarjes. Çdo seancë e programit ka edhe një dhomë për pyetje.',
  'live.event.roomLink': 'Hap dhomën e diskutimit',
  'live.event.sessionRoom': 'Pyetje për këtë seancë',
  'live.nav.pairings': 'Çiftet e mia',
  'live.nav.cohorts': 'Grupet',
  'live.yes': 'Po',
  'live.no': 'Jo',
  'live.room.kind.event': 'Diskutimi i ngjarjes',
  'live.room.kind.session': 'Pyetjet e sesionit',
  'live.room.kind.cohort': 'Dhoma e grupit',
  'live.room.kind.pair': 'Dhoma e çiftit',
  'live.room.pairTitle': 'Ti dhe {names}',
  'live.room.pairPrivacy':
    'Vetëm ju të dy mund ta lexoni këtë dhomë. Nëse diçka nuk shkon, njoftoni organizatorët: pas një raportimi edhe ata mund ta lexojnë.',
  'live.room.locked': 'E mbyllur',
  'live.room.lockedNotice':
    'Një moderator e ka mbyllur këtë dhomë: për momentin mund ta lexoni, por jo të shkruani.',
  'live.room.readOnly': 'Mund ta lexoni këtë dhomë, por jo të shkruani në të.',
  'live.room.slow': 'Modaliteti i ngadaltë: një mesazh çdo {seconds} s',
  'live.room.qa': 'Pyetje dhe përgjigje',
  'live.back.event': 'Kthehu te ngjarja',
  'live.back.pairings': 'Kthehu te çiftet e mia',
  'live.back.cohort': 'Kthehu te grupi',
  'live.status.static': 'Rifreskoni faqen për të parë mesazhet e reja.',
  'live.status.connecting': 'Duke u lidhur…',
  'live.status.live': 'Drejtpërdrejt: mesazhet e reja shfaqen vetë.',
  'live.status.offline': 'Lidhja u ndërpre. Po provojmë përsëri…',
  'live.status.ended':
    'Hyrja juaj ka përfunduar ose kjo faqe është e vjetër. Rifreskoni faqen.',
  'live.status.removed': 'Nuk jeni më në këtë dhomë.',
  'live.script.latin': 'Shfaq serbishten me shkrim latin',
  'live.script.original': 'Shfaq serbishten siç është shkruar',
  'live.presence.title': 'Kush është këtu',
  'live.presence.count': '{count} persona këtu',
  'live.presence.one': '1 person këtu',
  'live.presence.needsScript':
    'Kush është këtu tani shfaqet kur JavaScript është i aktivizuar.',
  'live.typing': '{name} po shkruan…',
  'live.typingMany': '{names} po shkruajnë…',
  'live.messages.title': 'Mesazhet',
  'live.messages.none': 'Ende nuk ka mesazhe. Përshëndetni!',
  'live.messages.earlier': 'Shfaq mesazhet e mëparshme',
  'live.author.anonymous': 'Anonim',
  'live.author.deleted': 'Llogari e fshirë',
  'live.author.system': 'UraMost',
  'live.anonymousTag': 'pyetur në mënyrë anonime',
  'live.send.label': 'Mesazhi juaj',
  'live.send.button': 'Dërgo',
  'live.send.slowHint':
    'Modaliteti i ngadaltë është aktiv: mund të dërgoni një mesazh çdo {seconds} sekonda.',
  'live.send.failed':
    'Mesazhi juaj nuk u dërgua. Kontrolloni lidhjen dhe provoni përsëri.',
  'live.qa.title': 'Pyetjet',
  'live.qa.sorted':
    'Më të votuarat së pari. Votoni pyetjet që doni të marrin përgjigje.',
  'live.qa.none': 'Ende nuk ka pyetje. Bëni të parën.',
  'live.qa.askLabel': 'Pyetja juaj',
  'live.qa.ask': 'Pyet',
  'live.qa.anonymous':
    'Pyet në mënyrë anonime (të tjerët nuk e shohin emrin tuaj; moderatorët po)',
  'live.qa.votes': 'Vota',
  'live.qa.upvote': 'Voto',
  'live.qa.upvoted': 'Votuar',
  'live.qa.answered': 'Përgjigjur',
  'live.mod.hide': 'Fshih',
  'live.mod.approve': 'Mirato',
  'live.mod.answer': 'Shëno si të përgjigjur',
  'live.mod.unanswer': 'Shëno si pa përgjigje',
  'live.mod.mute': 'Hesht për {minutes} minuta',
  'live.mod.ban': 'Përjashto nga dhoma',
  'live.queue.title': 'Në pritje të moderatorit',
  'live.queue.hint':
    'Pyetjet në një seancë të moderuar dhe mesazhet që i ndaloi filtri i fjalëve. Miratojini që t’i shohin të gjithë.',
  'live.queue.none': 'Asgjë nuk është në pritje.',
  'live.held.filter': 'Filtri i fjalëve',
  'live.held.queue': 'Radha e pyetjeve',
  'live.settings.title': 'Cilësimet e dhomës',
  'live.settings.locked': 'E mbyllur: vetëm moderatorët mund të shkruajnë',
  'live.settings.slow': 'Modaliteti i ngadaltë (sekonda mes mesazheve)',
  'live.settings.slowHint':
    '0 e çaktivizon modalitetin e ngadaltë. Më së shumti 3600.',
  'live.settings.slowError':
    'Shkruani një numër të plotë sekondash nga 0 deri në 3600.',
  'live.settings.mode': 'Lloji i dhomës',
  'live.settings.modeChat': 'Bisedë',
  'live.settings.modeQa': 'Pyetje dhe përgjigje',
  'live.settings.qaModeration':
    'Pyetjet presin një moderator para se t’i shohin të gjithë',
  'live.settings.save': 'Ruaj cilësimet',
  'notice.messageSent': 'Mesazhi juaj u dërgua.',
  'notice.questionAsked': 'Pyetja juaj u publikua.',
  'notice.messageHeld':
    'Mesazhi juaj pret një moderator para se ta shohin të tjerët.',
  'notice.messageHidden': 'Mesazhi u fsheh.',
  'notice.personMuted': 'Personi u heshtë në këtë dhomë.',
  'notice.personBanned': 'Personi u përjashtua nga kjo dhomë.',
  'notice.roomSettingsSaved': 'Cilësimet e dhomës u ruajtën.',
  'notice.messageApproved': 'Mesazhi u miratua dhe të gjithë mund ta shohin.',
  'notice.questionUpdated': 'Pyetja u përditësua.',
  'notice.voteCounted': 'Vota juaj u numërua.',
  'notice.feedbackSaved': 'Faleminderit: mendimi juaj u ruajt.',
  'notice.roundSkipped': 'Nuk do të merrni pjesë në raundin e ardhshëm.',
  'notice.roundRejoined': 'Do të çiftoheni në raundin e ardhshëm.',
  'notice.cohortCreated': 'Grupi u krijua.',
  'notice.roundDrafted':
    'Një raund draft është gati. Shqyrtojeni, ndryshojeni nëse duhet, pastaj publikojeni.',
  'notice.pairSwapped': 'Dy personat u ndërruan dhe raundi u zgjidh përsëri.',
  'notice.pairLocked': 'Çifti u fiksua dhe raundi u zgjidh përsëri.',
  'notice.pairForbidden':
    'Këta dy nuk do të vihen bashkë; raundi u zgjidh përsëri.',
  'notice.roundResolved':
    'Raundi u zgjidh përsëri, duke ruajtur fiksimet tuaja.',
  'notice.roundPublished':
    'Raundi u publikua. Pjesëmarrësit tani mund të shohin çiftet e tyre.',
  'error.ROOM_FORBIDDEN': 'Nuk jeni anëtar i kësaj dhome.',
  'error.BANNED_FROM_ROOM': 'Një moderator ju ka larguar nga kjo dhomë.',
  'error.ROOM_NOT_FOUND': 'Kjo dhomë nuk ekziston.',
  'error.ROOM_LOCKED':
    'Një moderator e ka mbyllur këtë dhomë: për momentin vetëm mund të lexohet.',
  'error.ROOM_READ_ONLY':
    'Mund ta lexoni këtë dhomë, por jo të shkruani në të.',
  'error.MUTED': 'Një moderator ju ka heshtur në këtë dhomë për pak kohë.',
  'error.SLOW_MODE':
    'Në këtë dhomë është aktiv modaliteti i ngadaltë. Prisni pak para se të shkruani përsëri.',
  'error.MESSAGE_EMPTY': 'Shkruani diçka së pari.',
  'error.MESSAGE_TOO_LONG':
    'Mesazhi juaj është shumë i gjatë: më së shumti 2.000 shenja.',
  'error.QUESTIONS_ONLY': 'Kjo dhomë pranon vetëm pyetje.',
  'error.NOT_A_MODERATOR':
    'Vetëm moderatorët e kësaj dhome mund ta bëjnë këtë.',
  'error.CANNOT_SANCTION_SELF': 'Nuk mund ta heshtni ose përjashtoni veten.',
  'error.NOT_HELD': 'Ky mesazh nuk pret më një moderator.',
  'error.MESSAGE_NOT_FOUND': 'Ky mesazh nuk ekziston më.',
  'error.PAIRING_NO_CANDIDATES':
    'Ende askush nuk mund të çiftohej në këtë grup. Nevojiten më shumë anëtarë me profil të plotë.',
  'error.SWAP_NOT_POSSIBLE':
    'Zgjidhni dy persona të vendosur në dy grupe të ndryshme.',
  'error.NOT_IN_COHORT': 'Të dy personat duhet të jenë anëtarë të këtij grupi.',
  'error.ROUND_PUBLISHED':
    'Ky raund është publikuar dhe nuk mund të ndryshojë më.',
  'error.NOT_COHORT_ORGANISER':
    'Vetëm organizatorët e këtij grupi mund ta bëjnë këtë.',
  'error.NOT_A_MEMBER': 'Nuk jeni anëtar i këtij grupi.',
  'live.pairings.title': 'Çiftet e mia',
  'live.pairings.intro':
    'Personat me të cilët u çiftuat, pse, dhe kur mund të takoheni për herë të parë.',
  'live.pairings.none':
    'Ende nuk keni çifte. Kur organizatorët publikojnë një raund, partneri juaj shfaqet këtu.',
  'live.pairings.round': '{cohort}, raundi {round}',
  'live.pairings.place': 'Vendi',
  'live.pairings.languages': 'Gjuhët',
  'live.pairings.interests': 'Interesat',
  'live.pairings.language': 'Mund të bisedoni në {language}.',
  'live.pairings.interpreter':
    'Asnjë gjuhë e përbashkët: organizatorët sigurojnë një përkthyes',
  'live.pairings.why': 'Pse u çiftuat',
  'live.pairings.meeting': 'Takimi i parë i sugjeruar',
  'live.pairings.noMeeting':
    'Profilet tuaja nuk kanë kohë të lirë të përbashkët. Merruni vesh për një kohë në dhomën e çiftit.',
  'live.pairings.openRoom': 'Hap dhomën e çiftit',
  'live.pairings.cohorts': 'Grupet e mia',
  'live.pairings.noCohorts': 'Ende nuk jeni në asnjë grup.',
  'live.pairings.cohortRoom': 'Dhoma e grupit',
  'live.pairings.skipping': 'Nuk merrni pjesë në raundin e ardhshëm.',
  'live.pairings.notSkipping': 'Do të çiftoheni në raundin e ardhshëm.',
  'live.pairings.skip': 'Kapërce raundin e ardhshëm',
  'live.pairings.unskip': 'Merr pjesë në raundin e ardhshëm',
  'live.reason.interests': 'Interesa të përbashkëta',
  'live.reason.availability': 'Kohë e lirë e përbashkët',
  'live.reason.language': 'Gjuhë e përbashkët',
  'live.reason.place': 'Ku jetoni',
  'live.reason.feedback': 'Mendime të mëparshme',
  'live.reason.interpreter': 'Nevojitet përkthyes',
  'live.reason.repeat': 'Çiftuar më parë',
  'live.reason.locked': 'Zgjedhur nga organizatorët',
  'live.why.interests': 'Keni interesa të përbashkëta: {list}.',
  'live.why.availability': 'Të dy keni kohë të lirë: {slot}.',
  'live.why.place': 'U mor parasysh se ku jetoni, siç zgjodhën organizatorët.',
  'live.why.feedback': 'U mor parasysh mendimi juaj i mëparshëm.',
  'live.why.repeat':
    'Keni qenë çift më parë: nuk kishte partner të ri që përshtatej më mirë.',
  'live.why.locked': 'Organizatorët ju vunë bashkë.',
  'live.explain.interests': 'Interesa të përbashkëta: {list}',
  'live.explain.more': '(+{count} të tjera)',
  'live.explain.slots': {
    one: '{count} orar i përbashkët: {list}',
    other: '{count} orare të përbashkëta: {list}',
  },
  'live.explain.languages': {
    one: 'Gjuhë e përbashkët: {list} (më e mira: {best}, {level})',
    other: 'Gjuhë të përbashkëta: {list} (më e mira: {best}, {level})',
  },
  'live.explain.level.basic': 'bazë',
  'live.explain.level.conversational': 'për bisedë',
  'live.explain.level.fluent': 'rrjedhshëm',
  'live.explain.placeFar':
    'Jetojnë larg njëri-tjetrit ({where}): ky grup favorizon shkëmbimet në distancë',
  'live.explain.placeNear': 'Jetojnë afër njëri-tjetrit ({where})',
  'live.explain.samePlace': 'në të njëjtin vend',
  'live.explain.distanceUnknown': 'distanca nuk dihet',
  'live.explain.km': 'rreth {km} km larg',
  'live.explain.feedback':
    'Një takim i mëparshëm i këtyre të dyve u vlerësua lart',
  'live.explain.interpreterPair':
    'Nuk kanë gjuhë të përbashkët në nivelin e kërkuar: nevojitet përkthyes',
  'live.explain.interpreterGroup':
    'Nuk ka gjuhë që e flasin të gjithë anëtarët në nivelin e kërkuar: nevojitet përkthyes',
  'live.explain.repeat':
    'Çiftuar më parë: këtë raund nuk kishte partner të ri të lirë',
  'live.explain.locked': 'Grupuar nga një organizator',
  'live.feedback.give': 'Na tregoni si shkoi',
  'live.feedback.change': 'Ndryshoni mendimin tuaj',
  'live.feedback.given': 'E vlerësuat këtë çift me {rating} nga 5.',
  'live.feedback.met': 'A u takuat?',
  'live.feedback.rating': 'Si ishte?',
  'live.feedback.ratingHint': '1 është keq, 5 është shumë mirë.',
  'live.feedback.note': 'Diçka tjetër (opsionale)',
  'live.feedback.noteHint':
    'Këtë e lexojnë vetëm organizatorët, kurrë partneri juaj.',
  'live.feedback.send': 'Dërgo mendimin',
  'live.feedback.errorMet': 'Thoni nëse u takuat.',
  'live.feedback.errorRating': 'Zgjidhni një vlerësim nga 1 deri në 5.',
  'live.feedback.errorNote':
    'Shënimi juaj është shumë i gjatë: më së shumti 1.000 shenja.',
  'live.cohorts.title': 'Grupet',
  'live.cohorts.none': 'Organizata juaj ende nuk ka grupe.',
  'live.cohorts.all': 'Të gjitha grupet',
  'live.cohorts.create': 'Krijo një grup',
  'live.cohorts.name': 'Emri',
  'live.cohorts.cadence': 'Sa shpesh mbahen raundet',
  'live.cohorts.cadenceHint': 'Për shembull: çdo dy javë. Opsionale.',
  'live.cohorts.rules': 'Rregullat e çiftimit',
  'live.cohorts.place': 'Ku jetojnë partnerët',
  'live.cohorts.placeNone': 'Nuk ka rëndësi',
  'live.cohorts.createButton': 'Krijo grupin',
  'live.cohorts.members': 'Anëtarët',
  'live.cohorts.skipsNext': 'kapërcen raundin e ardhshëm',
  'live.cohorts.noMembers': 'Ende nuk është bashkuar askush.',
  'live.cohorts.room': 'Hap dhomën e grupit',
  'live.cohorts.errorName': 'Shkruani një emër me 2 deri në 200 shenja.',
  'live.cohorts.errorCadence': 'Mbajeni këtë në më së shumti 40 shenja.',
  'live.cohorts.errorPlace': 'Zgjidhni një nga mundësitë.',
  'live.rules.trios':
    'Me numër tek personash, një i bashkohet një çifti si anëtar i tretë',
  'live.rules.noTrios': 'Vetëm çifte',
  'live.rules.interpreter':
    'Lejohen çifte pa gjuhë të përbashkët, me përkthyes',
  'live.rules.mixedAges':
    'Të miturit mund të çiftohen me të rritur më së shumti 3 vjet më të mëdhenj',
  'live.rules.near': 'Parapëlqe partnerë që jetojnë afër njëri-tjetrit',
  'live.rules.far': 'Parapëlqe partnerë që jetojnë larg njëri-tjetrit',
  'live.rules.groups': 'Grupe nga {min} deri në {max}',
  'live.rounds.title': 'Raundet',
  'live.rounds.none': 'Ende nuk ka raunde.',
  'live.rounds.number': 'Raundi {number}',
  'live.rounds.draft': 'Draft',
  'live.rounds.published': 'Publikuar',
  'live.rounds.draftButton': 'Përgatit një raund',
  'live.rounds.reviewDraft': 'Shqyrto raundin draft',
  'live.figures.title': 'Shifrat',
  'live.figures.placed': 'Të vendosur',
  'live.figures.meanScore': 'Pikët mesatare',
  'live.figures.repeats': 'Partnerë të përsëritur',
  'live.figures.crossCommunity': 'Mes komuniteteve',
  'live.figures.groups': 'Grupet',
  'live.figures.groupsValue':
    'çifte: {pairs}, treshe: {trios}, grupe më të mëdha: {larger}',
  'live.round.groups': 'Çiftet dhe grupet',
  'live.round.score': 'Pikët {score}',
  'live.round.slot': 'takimi i parë: {slot}',
  'live.round.unplaced': 'Të pavendosur',
  'live.round.locks': 'Të fiksuar bashkë',
  'live.round.forbids': 'Të mbajtur veç',
  'live.round.change': 'Ndrysho draftin',
  'live.round.choose': 'Zgjidhni një person',
  'live.round.first': 'Personi i parë',
  'live.round.second': 'Personi i dytë',
  'live.round.swap': 'Ndërro dy persona',
  'live.round.swapHint':
    'Secili merr vendin e tjetrit; pjesa tjetër e raundit zgjidhet përsëri rreth tyre.',
  'live.round.swapButton': 'Ndërro',
  'live.round.lock': 'Fikso një çift',
  'live.round.lockHint': 'Këta dy do të çiftohen, edhe kur e zgjidhni përsëri.',
  'live.round.lockButton': 'Fikso çiftin',
  'live.round.forbid': 'Mbaji veç dy persona',
  'live.round.forbidHint': 'Këta dy nuk do të çiftohen në këtë raund.',
  'live.round.forbidButton': 'Mbaji veç',
  'live.round.errorTwo': 'Zgjidhni dy persona të ndryshëm.',
  'live.round.resolve': 'Zgjidhe përsëri, duke ruajtur fiksimet',
  'live.round.publish': 'Publiko raundin',
  'live.round.publishHint':
    'Publikimi i tregon çdo pjesëmarrësi partnerin e tij dhe hap dhomat e çifteve. Nuk mund të zhbëhet.',
  'live.round.feedback': 'Mendimet',
  'live.round.noFeedback': 'Ende nuk ka mendime.',
  'live.round.person': 'Personi',
  'live.unplaced.NOT_ENOUGH_PARTICIPANTS':
    'Nuk ka askënd tjetër në këtë raund për t’u çiftuar.',
  'live.unplaced.NO_OTHER_COMMUNITY':
    'Askush nga një komunitet tjetër nuk merr pjesë në këtë raund.',
  'live.unplaced.NO_SHARED_LANGUAGE':
    'Askush nga një komunitet tjetër nuk ka gjuhë të përbashkët me këtë person.',
  'live.unplaced.AGE_RULE':
    'Rregullat e moshës për të miturit nuk lënë askënd për çiftim.',
  'live.unplaced.ONLY_REPEATS':
    'Të gjithë me të cilët ky person mund të çiftohej kanë qenë partnerë më parë.',
  'live.unplaced.NO_AVAILABLE_PARTNER':
    'Asnjë partner apo grup i përshtatshëm nuk kishte vend për këtë person.',
  'live.unplaced.NO_AVAILABLE_GROUP':
    'Asnjë grup nuk mund ta merrte këtë person brenda rregullave të grupit.',
  'live.unplaced.NO_COMMUNITY_DATA':
    'Mungon komuniteti ose viti i lindjes (pëlqimi u tërhoq ose profili është i paplotë).',
  'live.unplaced.SKIPPED': 'Nuk merr pjesë në këtë raund.',
  'notice.cohortJoined':
    'U bashkuat me grupin. Do të çiftoheni në raundin e tij të ardhshëm.',
  'notice.cohortLeft': 'E latë grupin.',
  'live.join.organisedBy': 'Një grup i organizuar nga {organisation}.',
  'live.join.meaning': 'Çfarë do të thotë bashkimi',
  'live.join.meaning.pairs':
    'Raund pas raundi çiftoheni me dikë nga një komunitet tjetër (shqiptarët e Kosovës, serbët e Kosovës, qytetarët e Serbisë) për t’u takuar dhe biseduar.',
  'live.join.meaning.community':
    'Komuniteti juaj përdoret vetëm për t’ju çiftuar me dikë nga një komunitet tjetër. Partnerët tuaj dhe anëtarët e tjerë nuk e shohin.',
  'live.join.meaning.skip':
    'Mund të kapërceni një raund ose ta lini grupin kurdo që të doni.',
  'live.join.member': 'Jeni anëtar i këtij grupi',
  'live.join.toPairings': 'Çiftimet dhe grupet tuaja',
  'live.join.button': 'Bashkohu me këtë grup',
  'live.join.leave': 'Lëre këtë grup',
  'live.join.participantsOnly':
    'Vetëm llogaritë e pjesëmarrësve mund të bashkohen me grupe.',
  'live.join.missingIntro': 'Para se të bashkoheni, shtoni në profilin tuaj:',
  'live.join.missing.birthYear': 'vitin tuaj të lindjes',
  'live.join.missing.guardian':
    'pëlqimin e një prindi ose kujdestari (jeni nën 16 vjeç)',
  'live.join.missing.community':
    'komunitetin tuaj, me pëlqimin tuaj që të përdoret për çiftim',
  'live.join.missing.languages': 'gjuhët që flisni',
  'live.join.toProfile': 'Shkoni te profili juaj',
  'live.join.refused.community':
    'Për t’u bashkuar nevojiten komuniteti juaj dhe pëlqimi juaj që ai të përdoret për çiftim. Shtojini të dyja së pari në profilin tuaj.',
  'live.join.refused.profile':
    'Shtoni së pari në profilin tuaj vitin e lindjes dhe gjuhët që flisni.',
  'live.join.refused.guardian':
    'Pjesëmarrësit nën 16 vjeç kanë nevojë për pëlqimin e një prindi ose kujdestari para se të bashkohen me një grup. Ai mund të jepet në faqen e profilit tuaj.',
  'live.cohorts.joinLink': 'Lidhja për t’u bashkuar',
  'live.cohorts.joinLinkLabel': 'Adresa për t’ua dërguar pjesëmarrësve',
  'live.cohorts.joinLinkHint':
    'Grupet nuk shfaqen publikisht. Dërgojani këtë lidhje njerëzve që ftoni: ata hyjnë, lexojnë çfarë do të thotë bashkimi dhe bashkohen.',
};

export const liveSrCyrl: AreaCatalogue<typeof liveEn> = {
  'live.event.roomTitle': 'Соба за разговор',
  'live.event.roomHint':
    'Разговарајте са осталим учесницима и са организаторима пре, током и после догађаја. Свака сесија из програма има и собу за питања.',
  'live.event.roomLink': 'Отвори собу за разговор',
  'live.event.sessionRoom': 'Питања за ову сесију',
  'live.nav.pairings': 'Моји парови',
  'live.nav.cohorts': 'Групе',
  'live.yes': 'Да',
  'live.no': 'Не',
  'live.room.kind.event': 'Разговор о догађају',
  'live.room.kind.session': 'Питања за сесију',
  'live.room.kind.cohort': 'Соба групе',
  'live.room.kind.pair': 'Соба пара',
  'live.room.pairTitle': 'Ти и {names}',
  'live.room.pairPrivacy':
    'Само вас двоје можете да читате ову собу. Ако нешто није у реду, јавите организаторима: после пријаве и они могу да је читају.',
  'live.room.locked': 'Закључано',
  'live.room.lockedNotice':
    'Модератор је закључао ову собу: за сада можете да читате, али не и да пишете.',
  'live.room.readOnly': 'Можете да читате ову собу, али не и да пишете у њој.',
  'live.room.slow': 'Спори режим: једна порука на сваких {seconds} s',
  'live.room.qa': 'Питања и одговори',
  'live.back.event': 'Назад на догађај',
  'live.back.pairings': 'Назад на моје парове',
  'live.back.cohort': 'Назад на групу',
  'live.status.static': 'Освежите страницу да бисте видели нове поруке.',
  'live.status.connecting': 'Повезивање…',
  'live.status.live': 'Уживо: нове поруке се појављују саме.',
  'live.status.offline': 'Веза је прекинута. Покушавамо поново…',
  'live.status.ended':
    'Ваша пријава је истекла или је ова страница застарела. Освежите страницу.',
  'live.status.removed': 'Више нисте у овој соби.',
  'live.script.latin': 'Прикажи српски латиницом',
  'live.script.original': 'Прикажи српски како је написан',
  'live.presence.title': 'Ко је овде',
  'live.presence.count': 'Овде: {count}',
  'live.presence.one': 'Овде је једна особа',
  'live.presence.needsScript':
    'Ко је сада овде приказује се када је JavaScript укључен.',
  'live.typing': '{name} пише…',
  'live.typingMany': '{names} пишу…',
  'live.messages.title': 'Поруке',
  'live.messages.none': 'Још нема порука. Јавите се!',
  'live.messages.earlier': 'Прикажи раније поруке',
  'live.author.anonymous': 'Анонимно',
  'live.author.deleted': 'Обрисан налог',
  'live.author.system': 'UraMost',
  'live.anonymousTag': 'питано анонимно',
  'live.send.label': 'Ваша порука',
  'live.send.button': 'Пошаљи',
  'live.send.slowHint':
    'Спори режим је укључен: можете да пошаљете једну поруку на сваких {seconds} секунди.',
  'live.send.failed':
    'Ваша порука није послата. Проверите везу и покушајте поново.',
  'live.qa.title': 'Питања',
  'live.qa.sorted':
    'Најподржанија прва. Подржите питања на која желите одговор.',
  'live.qa.none': 'Још нема питања. Поставите прво.',
  'live.qa.askLabel': 'Ваше питање',
  'live.qa.ask': 'Питај',
  'live.qa.anonymous':
    'Питај анонимно (други не виде ваше име; модератори виде)',
  'live.qa.votes': 'Гласови',
  'live.qa.upvote': 'Подржи',
  'live.qa.upvoted': 'Подржано',
  'live.qa.answered': 'Одговорено',
  'live.mod.hide': 'Сакриј',
  'live.mod.approve': 'Одобри',
  'live.mod.answer': 'Означи као одговорено',
  'live.mod.unanswer': 'Означи као неодговорено',
  'live.mod.mute': 'Утишај на {minutes} минута',
  'live.mod.ban': 'Искључи из собе',
  'live.queue.title': 'Чека модератора',
  'live.queue.hint':
    'Питања у модерисаној сесији и поруке које је зауставио филтер речи. Одобрите их да би их сви видели.',
  'live.queue.none': 'Ништа не чека.',
  'live.held.filter': 'Филтер речи',
  'live.held.queue': 'Ред питања',
  'live.settings.title': 'Подешавања собе',
  'live.settings.locked': 'Закључано: пишу само модератори',
  'live.settings.slow': 'Спори режим (секунде између порука)',
  'live.settings.slowHint': '0 искључује спори режим. Највише 3600.',
  'live.settings.slowError': 'Унесите цео број секунди од 0 до 3600.',
  'live.settings.mode': 'Врста собе',
  'live.settings.modeChat': 'Ћаскање',
  'live.settings.modeQa': 'Питања и одговори',
  'live.settings.qaModeration':
    'Питања чекају модератора пре него што их сви виде',
  'live.settings.save': 'Сачувај подешавања',
  'notice.messageSent': 'Ваша порука је послата.',
  'notice.questionAsked': 'Ваше питање је објављено.',
  'notice.messageHeld':
    'Ваша порука чека модератора пре него што је други виде.',
  'notice.messageHidden': 'Порука је сакривена.',
  'notice.personMuted': 'Особа је утишана у овој соби.',
  'notice.personBanned': 'Особа је искључена из ове собе.',
  'notice.roomSettingsSaved': 'Подешавања собе су сачувана.',
  'notice.messageApproved': 'Порука је одобрена и сви могу да је виде.',
  'notice.questionUpdated': 'Питање је ажурирано.',
  'notice.voteCounted': 'Ваш глас је урачунат.',
  'notice.feedbackSaved': 'Хвала: ваше мишљење је сачувано.',
  'notice.roundSkipped': 'Следећу рунду ћете прескочити.',
  'notice.roundRejoined': 'Бићете у пару у следећој рунди.',
  'notice.cohortCreated': 'Група је направљена.',
  'notice.roundDrafted':
    'Нацрт рунде је спреман. Прегледајте га, измените ако треба, па га објавите.',
  'notice.pairSwapped': 'Две особе су замењене и рунда је поново решена.',
  'notice.pairLocked': 'Пар је закључан и рунда је поново решена.',
  'notice.pairForbidden':
    'Ово двоје неће бити заједно; рунда је поново решена.',
  'notice.roundResolved': 'Рунда је поново решена, уз ваша закључавања.',
  'notice.roundPublished':
    'Рунда је објављена. Учесници сада виде своје парове.',
  'error.ROOM_FORBIDDEN': 'Нисте члан ове собе.',
  'error.BANNED_FROM_ROOM': 'Модератор вас је уклонио из ове собе.',
  'error.ROOM_NOT_FOUND': 'Ова соба не постоји.',
  'error.ROOM_LOCKED':
    'Модератор је закључао ову собу: за сада је само за читање.',
  'error.ROOM_READ_ONLY':
    'Можете да читате ову собу, али не и да пишете у њој.',
  'error.MUTED': 'Модератор вас је накратко утишао у овој соби.',
  'error.SLOW_MODE':
    'У овој соби је укључен спори режим. Сачекајте мало пре него што поново пишете.',
  'error.MESSAGE_EMPTY': 'Прво нешто напишите.',
  'error.MESSAGE_TOO_LONG': 'Ваша порука је предугачка: највише 2.000 знакова.',
  'error.QUESTIONS_ONLY': 'Ова соба прима само питања.',
  'error.NOT_A_MODERATOR': 'Ово могу само модератори ове собе.',
  'error.CANNOT_SANCTION_SELF': 'Не можете да утишате или искључите себе.',
  'error.NOT_HELD': 'Ова порука више не чека модератора.',
  'error.MESSAGE_NOT_FOUND': 'Ова порука више не постоји.',
  'error.PAIRING_NO_CANDIDATES':
    'У овој групи још нико није могао да добије пар. Потребно је више чланова са потпуним профилом.',
  'error.SWAP_NOT_POSSIBLE':
    'Изаберите две особе из два различита пара или групе.',
  'error.NOT_IN_COHORT': 'Обе особе морају бити чланови ове групе.',
  'error.ROUND_PUBLISHED': 'Ова рунда је објављена и више не може да се мења.',
  'error.NOT_COHORT_ORGANISER': 'Ово могу само организатори ове групе.',
  'error.NOT_A_MEMBER': 'Нисте члан ове групе.',
  'live.pairings.title': 'Моји парови',
  'live.pairings.intro':
    'Особе са којима сте у пару, зашто, и када бисте могли први пут да се видите.',
  'live.pairings.none':
    'Још немате пар. Када организатори објаве рунду, ваш пар ће се појавити овде.',
  'live.pairings.round': '{cohort}, рунда {round}',
  'live.pairings.place': 'Место',
  'live.pairings.languages': 'Језици',
  'live.pairings.interests': 'Интересовања',
  'live.pairings.language': 'Можете да разговарате на језику: {language}.',
  'live.pairings.interpreter':
    'Немате заједнички језик: организатори обезбеђују преводиоца',
  'live.pairings.why': 'Зашто сте у пару',
  'live.pairings.meeting': 'Предложени први сусрет',
  'live.pairings.noMeeting':
    'Ваши профили немају заједничко слободно време. Договорите се у соби пара.',
  'live.pairings.openRoom': 'Отвори собу пара',
  'live.pairings.cohorts': 'Моје групе',
  'live.pairings.noCohorts': 'Још нисте ни у једној групи.',
  'live.pairings.cohortRoom': 'Соба групе',
  'live.pairings.skipping': 'Следећу рунду прескачете.',
  'live.pairings.notSkipping': 'Бићете у пару у следећој рунди.',
  'live.pairings.skip': 'Прескочи следећу рунду',
  'live.pairings.unskip': 'Учествуј у следећој рунди',
  'live.reason.interests': 'Заједничка интересовања',
  'live.reason.availability': 'Заједничко слободно време',
  'live.reason.language': 'Заједнички језик',
  'live.reason.place': 'Где живите',
  'live.reason.feedback': 'Ранија мишљења',
  'live.reason.interpreter': 'Потребан преводилац',
  'live.reason.repeat': 'Већ сте били у пару',
  'live.reason.locked': 'Изабрали организатори',
  'live.why.interests': 'Имате заједничка интересовања: {list}.',
  'live.why.availability': 'Обоје имате слободно време: {slot}.',
  'live.why.place':
    'Узето је у обзир где живите, како су организатори одлучили.',
  'live.why.feedback': 'Узето је у обзир ваше раније мишљење.',
  'live.why.repeat':
    'Већ сте били у пару: није било новог пара који би боље одговарао.',
  'live.why.locked': 'Организатори су вас ставили заједно.',
  'live.explain.interests': 'Заједничка интересовања: {list}',
  'live.explain.more': '(+{count} још)',
  'live.explain.slots': {
    one: '{count} заједнички термин: {list}',
    few: '{count} заједничка термина: {list}',
    other: '{count} заједничких термина: {list}',
  },
  'live.explain.languages': {
    one: 'Заједнички језик: {list} (најбољи: {best}, {level})',
    few: 'Заједнички језици: {list} (најбољи: {best}, {level})',
    other: 'Заједнички језици: {list} (најбољи: {best}, {level})',
  },
  'live.explain.level.basic': 'основно',
  'live.explain.level.conversational': 'за разговор',
  'live.explain.level.fluent': 'течно',
  'live.explain.placeFar':
    'Живе далеко једно од другог ({where}): ова група даје предност разменама на даљину',
  'live.explain.placeNear': 'Живе близу једно другог ({where})',
  'live.explain.samePlace': 'у истом месту',
  'live.explain.distanceUnknown': 'удаљеност непозната',
  'live.explain.km': 'око {km} km',
  'live.explain.feedback': 'Ранији сусрет ово двоје је добро оцењен',
  'live.explain.interpreterPair':
    'Немају заједнички језик на потребном нивоу: потребан је преводилац',
  'live.explain.interpreterGroup':
    'Не постоји језик који сви чланови говоре на потребном нивоу: потребан је преводилац',
  'live.explain.repeat':
    'Већ су били у пару: у овој рунди није било новог слободног партнера',
  'live.explain.locked': 'Груписао организатор',
  'live.feedback.give': 'Реците нам како је било',
  'live.feedback.change': 'Промените своје мишљење',
  'live.feedback.given': 'Оценили сте овај пар оценом {rating} од 5.',
  'live.feedback.met': 'Да ли сте се видели?',
  'live.feedback.rating': 'Какво је било?',
  'live.feedback.ratingHint': '1 је лоше, 5 је веома добро.',
  'live.feedback.note': 'Још нешто (није обавезно)',
  'live.feedback.noteHint': 'Ово читају само организатори, никада ваш пар.',
  'live.feedback.send': 'Пошаљи мишљење',
  'live.feedback.errorMet': 'Реците да ли сте се видели.',
  'live.feedback.errorRating': 'Изаберите оцену од 1 до 5.',
  'live.feedback.errorNote':
    'Ваша белешка је предугачка: највише 1.000 знакова.',
  'live.cohorts.title': 'Групе',
  'live.cohorts.none': 'Ваша организација још нема групе.',
  'live.cohorts.all': 'Све групе',
  'live.cohorts.create': 'Направи групу',
  'live.cohorts.name': 'Назив',
  'live.cohorts.cadence': 'Колико често су рунде',
  'live.cohorts.cadenceHint': 'На пример: сваке две недеље. Није обавезно.',
  'live.cohorts.rules': 'Правила спајања у парове',
  'live.cohorts.place': 'Где парови живе',
  'live.cohorts.placeNone': 'Није важно',
  'live.cohorts.createButton': 'Направи групу',
  'live.cohorts.members': 'Чланови',
  'live.cohorts.skipsNext': 'прескаче следећу рунду',
  'live.cohorts.noMembers': 'Још се нико није придружио.',
  'live.cohorts.room': 'Отвори собу групе',
  'live.cohorts.errorName': 'Унесите назив од 2 до 200 знакова.',
  'live.cohorts.errorCadence': 'Највише 40 знакова.',
  'live.cohorts.errorPlace': 'Изаберите једну од могућности.',
  'live.rules.trios':
    'Када је број особа непаран, једна се придружује пару као трећи члан',
  'live.rules.noTrios': 'Само парови',
  'live.rules.interpreter':
    'Дозвољени су парови без заједничког језика, уз преводиоца',
  'live.rules.mixedAges':
    'Малолетници могу бити у пару са пунолетнима највише 3 године старијим',
  'live.rules.near': 'Предност паровима који живе близу',
  'live.rules.far': 'Предност паровима који живе далеко',
  'live.rules.groups': 'Групе од {min} до {max}',
  'live.rounds.title': 'Рунде',
  'live.rounds.none': 'Још нема рунди.',
  'live.rounds.number': 'Рунда {number}',
  'live.rounds.draft': 'Нацрт',
  'live.rounds.published': 'Објављено',
  'live.rounds.draftButton': 'Направи нацрт рунде',
  'live.rounds.reviewDraft': 'Прегледај нацрт рунде',
  'live.figures.title': 'Бројке',
  'live.figures.placed': 'Распоређено',
  'live.figures.meanScore': 'Просечан резултат',
  'live.figures.repeats': 'Поновљени парови',
  'live.figures.crossCommunity': 'Између заједница',
  'live.figures.groups': 'Групе',
  'live.figures.groupsValue':
    'парова: {pairs}, тројки: {trios}, већих група: {larger}',
  'live.round.groups': 'Парови и групе',
  'live.round.score': 'Резултат {score}',
  'live.round.slot': 'први сусрет: {slot}',
  'live.round.unplaced': 'Нераспоређени',
  'live.round.locks': 'Закључани заједно',
  'live.round.forbids': 'Раздвојени',
  'live.round.change': 'Измени нацрт',
  'live.round.choose': 'Изаберите особу',
  'live.round.first': 'Прва особа',
  'live.round.second': 'Друга особа',
  'live.round.swap': 'Замени две особе',
  'live.round.swapHint':
    'Свако заузима место другог; остатак рунде се поново решава око њих.',
  'live.round.swapButton': 'Замени',
  'live.round.lock': 'Закључај пар',
  'live.round.lockHint': 'Ово двоје ће бити пар, и када поново решавате.',
  'live.round.lockButton': 'Закључај пар',
  'live.round.forbid': 'Раздвоји две особе',
  'live.round.forbidHint': 'Ово двоје неће бити пар у овој рунди.',
  'live.round.forbidButton': 'Раздвоји',
  'live.round.errorTwo': 'Изаберите две различите особе.',
  'live.round.resolve': 'Реши поново, уз закључавања',
  'live.round.publish': 'Објави рунду',
  'live.round.publishHint':
    'Објављивањем сваки учесник сазнаје свој пар и отварају се собе парова. То се не може опозвати.',
  'live.round.feedback': 'Мишљења',
  'live.round.noFeedback': 'Још нема мишљења.',
  'live.round.person': 'Особа',
  'live.unplaced.NOT_ENOUGH_PARTICIPANTS':
    'У овој рунди нема никога другог за пар.',
  'live.unplaced.NO_OTHER_COMMUNITY':
    'Нико из друге заједнице не учествује у овој рунди.',
  'live.unplaced.NO_SHARED_LANGUAGE':
    'Нико из друге заједнице нема заједнички језик са овом особом.',
  'live.unplaced.AGE_RULE':
    'Правила о узрасту малолетника не остављају никога за пар.',
  'live.unplaced.ONLY_REPEATS':
    'Сви са којима би ова особа могла бити у пару већ су јој били парови.',
  'live.unplaced.NO_AVAILABLE_PARTNER':
    'Ниједан одговарајући пар или група није имао места за ову особу.',
  'live.unplaced.NO_AVAILABLE_GROUP':
    'Ниједна група није могла да прими ову особу уз правила група.',
  'live.unplaced.NO_COMMUNITY_DATA':
    'Недостаје заједница или година рођења (сагласност повучена или профил непотпун).',
  'live.unplaced.SKIPPED': 'Прескаче ову рунду.',
  'notice.cohortJoined':
    'Придружили сте се групи. Бићете у пару у њеној следећој рунди.',
  'notice.cohortLeft': 'Напустили сте групу.',
  'live.join.organisedBy': 'Група коју организује {organisation}.',
  'live.join.meaning': 'Шта значи придружити се',
  'live.join.meaning.pairs':
    'Из рунде у рунду бићете у пару са неким из друге заједнице (косовски Албанци, косовски Срби, грађани Србије) да се упознате и разговарате.',
  'live.join.meaning.community':
    'Ваша заједница се користи само да бисте били у пару са неким из друге заједнице. Ваши парови и остали чланови је не виде.',
  'live.join.meaning.skip':
    'Можете да прескочите рунду или да напустите групу кад год желите.',
  'live.join.member': 'Члан сте ове групе',
  'live.join.toPairings': 'Ваши парови и групе',
  'live.join.button': 'Придружи се овој групи',
  'live.join.leave': 'Напусти ову групу',
  'live.join.participantsOnly':
    'Само налози учесника могу да се придруже групама.',
  'live.join.missingIntro': 'Пре него што се придружите, додајте у профил:',
  'live.join.missing.birthYear': 'годину рођења',
  'live.join.missing.guardian':
    'сагласност родитеља или старатеља (млађи сте од 16 година)',
  'live.join.missing.community':
    'своју заједницу, уз сагласност да се користи за спајање у парове',
  'live.join.missing.languages': 'језике које говорите',
  'live.join.toProfile': 'Идите на свој профил',
  'live.join.refused.community':
    'За придруживање су потребни ваша заједница и ваша сагласност да се она користи за спајање у парове. Прво додајте обоје у профил.',
  'live.join.refused.profile':
    'Прво додајте у профил годину рођења и језике које говорите.',
  'live.join.refused.guardian':
    'Учесницима млађим од 16 година потребна је сагласност родитеља или старатеља пре него што се придруже групи. Може се дати на страници профила.',
  'live.cohorts.joinLink': 'Линк за придруживање',
  'live.cohorts.joinLinkLabel': 'Адреса коју шаљете учесницима',
  'live.cohorts.joinLinkHint':
    'Групе нису јавно наведене. Пошаљите овај линк људима које позивате: они се пријаве, прочитају шта значи придруживање и придруже се.',
};
