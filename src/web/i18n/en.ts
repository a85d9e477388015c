import { liveEn } from './areas/live.js';
import { organiserEn } from './areas/organiser.js';
/**
 * The English catalogue: the source every other locale translates. Keys are grouped by page;
 * `{name}` is filled in; plural messages have one form per CLDR category of the language.
 * Other modules' pages add their keys here too (and to sq.ts and sr-cyrl.ts: a unit test and
 * the type checker fail when a locale misses one).
 */
export const en = {
  'site.tagline': 'a bridge between communities',
  'site.description':
    'UraMost brings Kosovo Albanians, Kosovo Serbs and citizens of Serbia together: exchanges, events and conversations around the Belgrade–Pristina dialogue.',
  'page.errorTitlePrefix': 'Error:',

  'layout.skipToContent': 'Skip to main content',
  'layout.languages': 'Language',
  'layout.mainNavigation': 'Main menu',
  'nav.events': 'Events',
  'nav.myEvents': 'My events',
  'nav.profile': 'Profile',
  'nav.myData': 'My data',
  'nav.signIn': 'Sign in',
  'nav.signUp': 'Create an account',
  'nav.signOut': 'Sign out',
  'footer.about':
    'UraMost is run by a consortium of civil-society organisations from Kosovo and Serbia.',
  'footer.signedInAs': 'Signed in as {name}.',

  'notice.signedUp':
    'Your account is ready. Tell us a little about yourself so that we can suggest events and people to meet.',
  'notice.signedIn': 'You are signed in.',
  'notice.signedOut': 'You are signed out.',
  'notice.profileSaved': 'Your profile is saved.',
  'notice.registered': 'You have a place at this event.',
  'notice.waitlisted':
    'The event is full, so you are on the waiting list. If a place becomes free, it is yours.',
  'notice.registrationCancelled': 'Your registration is cancelled.',
  'notice.consentGiven':
    'Thank you. Your consent and your community are saved.',
  'notice.communitySaved': 'Your community is saved.',
  'notice.consentWithdrawn':
    'Your consent is withdrawn and your community has been deleted.',
  'notice.guardianSaved': 'The consent of your parent or guardian is saved.',
  'notice.guardianWithdrawn':
    'The consent of your parent or guardian is withdrawn.',
  'notice.doNotPairAdded': 'This person is on your list.',
  'notice.doNotPairRemoved': 'This person is no longer on your list.',
  'notice.accountDeleted': 'Your account and your data have been deleted.',

  'form.problem': 'There is a problem',
  'form.errorPrefix': 'Error:',

  'home.title': 'Meet, talk and work together',
  'home.heading': 'Meet, talk and work together across communities',
  'home.lead':
    'UraMost brings young Kosovo Albanians, Kosovo Serbs and citizens of Serbia together: peer exchanges, conferences, local meetings and live discussions around the Belgrade–Pristina dialogue.',
  'home.who':
    'It is run by eight civil-society organisations from Kosovo and Serbia. Everything is free, and you choose what you share.',
  'home.signUp': 'Create an account',
  'home.signIn': 'I already have an account',
  'home.myEvents': 'Go to my events',
  'home.howTitle': 'How it works',
  'home.how1':
    'Create an account and say which languages you speak and what you care about.',
  'home.how2':
    'Register for events. When an event is full, join the waiting list.',
  'home.how3':
    'Meet people from another community in exchanges and talk in live rooms during sessions.',
  'home.upcoming': 'Coming up',
  'home.noEvents':
    'There are no events planned at the moment. Please look again soon.',
  'home.allEvents': 'See all events',

  'events.title': 'Events',
  'events.filtersLabel': 'Find events',
  'events.search': 'Search',
  'events.searchHint':
    'A word from the title, the description or the place, in any language or script.',
  'events.moreFilters':
    'More filters: type, place, language, organisation, dates',
  'events.kind': 'Type of event',
  'events.anyKind': 'Any type',
  'events.place': 'Place',
  'events.anyPlace': 'Anywhere',
  'events.language': 'Language',
  'events.anyLanguage': 'Any language',
  'events.organisation': 'Organised by',
  'events.anyOrganisation': 'Any organisation',
  'events.from': 'From (date)',
  'events.to': 'Until (date)',
  'events.apply': 'Show events',
  'events.clear': 'Clear the filters',
  'events.found': { one: '{count} event', other: '{count} events' },
  'events.none': 'There are no upcoming events at the moment.',
  'events.noneMatch': 'No events match. Try fewer filters or another word.',
  'events.pagination': 'Pages of results',
  'events.previous': 'Previous page',
  'events.next': 'Next page',
  'events.pageOf': 'Page {page} of {pages}',
  'events.error.q': 'Enter a search of 100 characters or fewer.',
  'events.error.kind': 'Choose a type of event from the list.',
  'events.error.place': 'Choose a place from the list.',
  'events.error.language': 'Choose a language from the list.',
  'events.error.organisation': 'Choose an organisation from the list.',
  'events.error.date': 'Enter a real date, for example 2027-03-28.',
  'events.error.toBeforeFrom': 'The end date must be after the start date.',

  'kind.conference': 'Conference',
  'kind.workshop': 'Workshop',
  'kind.exchange-visit': 'Exchange visit',
  'kind.local-meeting': 'Local meeting',
  'kind.webinar': 'Webinar',
  'kind.peer-meeting': 'Peer meeting',

  'event.untitled': 'Event',
  'event.when': 'When',
  'event.where': 'Where',
  'event.whereUnknown': 'The place will be announced.',
  'event.online': 'Online',
  'event.onlineAt': 'Online at',
  'event.timesIn': 'Time zone: {zone} ({tz})',
  'event.languages': 'Languages',
  'event.languagesUnknown': 'Not given yet',
  'event.interpretation': 'Interpretation',
  'event.organiser': 'Organised by',
  'event.topics': 'Topics',
  'event.seats': 'Places',
  'event.seatsOf': '{left} of {capacity} still free',
  'event.seatsLeft': {
    one: '{count} place left',
    other: '{count} places left',
  },
  'event.full': 'Full: waiting list',
  'event.status.cancelled': 'Cancelled',
  'event.status.completed': 'Ended',
  'event.about': 'About this event',
  'event.agenda': 'Agenda',
  'event.agenda.time': 'Time',
  'event.agenda.session': 'Session',
  'event.agenda.hall': 'Room: {hall}',
  'event.agenda.speakers': 'Speakers: {names}',
  'event.back': 'Back to all events',
  'event.reg.title': 'Take part',
  'event.reg.cancelled': 'This event has been cancelled.',
  'event.reg.over': 'This event has ended.',
  'event.reg.youHavePlace': 'You have a place at this event.',
  'event.reg.cancelLink': 'Cancel my place',
  'event.reg.waitingNumber': 'You are number {position} on the waiting list.',
  'event.reg.waitingHow':
    'When someone cancels, the first person on the waiting list gets the place. You will see it under My events.',
  'event.reg.leaveLink': 'Leave the waiting list',
  'event.reg.opensOn': 'Registration opens on {date}.',
  'event.reg.closesOn': 'Registration closes on {date}.',
  'event.registration': 'Registration',
  'event.regWindow.both': 'From {opens} until {closes}',
  'event.regWindow.opens': 'From {opens}',
  'event.regWindow.closes': 'Until {closes}',
  'event.reg.closed': 'Registration for this event has closed.',
  'event.reg.signInFirst': 'Sign in to register for this event.',
  'event.reg.signIn': 'Sign in to register',
  'event.reg.createAccount': 'Create an account',
  'event.reg.participantsOnly':
    'Only participant accounts can register for events.',
  'event.reg.register': 'Register',
  'event.reg.fullExplain':
    'This event is full. You can join the waiting list: when someone cancels, the first person on the list gets the place.',
  'event.reg.joinWaitlist': 'Join the waiting list',
  'event.cal.title': 'Your calendar',
  'event.cal.add': 'Add to calendar (download)',
  'event.cal.addHint':
    'Downloads this event once as a file for your calendar app. If the organisers change the time later, your calendar will not know.',
  'event.cal.subscribe': 'Subscribe to this event',
  'event.cal.subscribeHint':
    'Opens your calendar app and keeps this event up to date: changes to the time, the place or the agenda appear by themselves.',

  'reg.confirmed': 'Place confirmed',
  'reg.waitlisted': 'On the waiting list',
  'reg.waitlistedNumber': 'Waiting list: number {position}',
  'reg.cancelled': 'Cancelled',
  'reg.eventCancelled': 'Event cancelled',

  'cancel.title': 'Cancel your place',
  'cancel.titleWaitlist': 'Leave the waiting list',
  'cancel.warning':
    'If you cancel, your place goes to the next person on the waiting list and you may not get it back.',
  'cancel.warningWaitlist':
    'If you leave the waiting list and join it again later, you will be at the end of it.',
  'cancel.confirm': 'Yes, cancel my place',
  'cancel.confirmWaitlist': 'Yes, leave the waiting list',
  'cancel.keep': 'No, keep it',

  'signup.title': 'Create an account',
  'signup.intro':
    'With an account you can register for events, join exchanges and talk in live rooms. It is free.',
  'signup.displayName': 'Your name',
  'signup.displayNameHint':
    'Other participants see this name. A first name is enough.',
  'signup.email': 'E-mail address',
  'signup.emailHint':
    'We use it to sign you in and to tell you about your events.',
  'signup.password': 'Password',
  'signup.passwordHint':
    'At least 8 characters. Three or four unrelated words make a strong password.',
  'signup.locale': 'Language for UraMost',
  'signup.localeHint': 'You can change it at any time.',
  'signup.privacy':
    'We only ask for what the programme needs. You can download or delete your data at any time.',
  'signup.submit': 'Create my account',
  'signup.haveAccount': 'Already have an account?',
  'signup.signInInstead': 'Sign in',
  'signup.error.displayName': 'Enter your name, up to 80 characters.',
  'signup.error.email':
    'Enter an e-mail address in the right format, like name@example.org.',
  'signup.error.emailMissing': 'Enter your e-mail address.',
  'signup.error.locale': 'Choose a language.',

  'login.title': 'Sign in',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.noAccount': 'No account yet?',
  'login.signUpInstead': 'Create an account',
  'login.error.email': 'Enter your e-mail address.',
  'login.error.password': 'Enter your password.',

  'profile.title': 'Your profile',
  'profile.incomplete':
    'Add your year of birth and at least one language so that you can register for events and be paired.',
  'profile.displayName': 'Your name',
  'profile.displayNameHint': 'Other participants see this name.',
  'profile.birthYear': 'Year of birth',
  'profile.birthYearHint':
    'For example 2004. Participants under 16 need the consent of a parent or guardian.',
  'profile.place': 'Where you live',
  'profile.placeHint': 'Helps us suggest events and meetings near you.',
  'profile.placeNone': 'I prefer not to say',
  'profile.languages': 'Languages you speak',
  'profile.languagesHint':
    'Choose how well you speak each language. Leave the others empty.',
  'profile.interests': 'Topics you care about',
  'profile.interestsHint': 'Choose as many as you like.',
  'profile.availability': 'When you are usually free',
  'profile.availabilityHint':
    'Tick the times of the week when you could meet. We use this to suggest meeting times.',
  'profile.slot': '{day} {part}',
  'profile.bio': 'About you (optional)',
  'profile.bioHint':
    'A few words for the people you meet, up to 500 characters. Please do not write your community here.',
  'profile.locale': 'Language for UraMost',
  'profile.localeHint': 'The pages and our e-mails to you use this language.',
  'profile.save': 'Save my profile',
  'profile.error.displayName': 'Enter your name, up to 80 characters.',
  'profile.error.birthYear':
    'Enter your year of birth as 4 digits, for example 2004. You must be at least 10.',
  'profile.error.birthYearMissing':
    'Enter your year of birth. It cannot be removed once given.',
  'profile.error.place': 'Choose a place from the list.',
  'profile.error.languages':
    'Choose a level from the list for each language you speak.',
  'profile.error.interests': 'Choose topics from the list.',
  'profile.error.availability': 'Choose times from the table.',
  'profile.error.bio': 'Write 500 characters or fewer about yourself.',
  'profile.error.locale': 'Choose a language for UraMost.',

  'level.none': 'I do not speak it',
  'level.basic': 'A little',
  'level.conversational': 'Well enough to talk',
  'level.fluent': 'Fluently',

  'day.mon': 'Monday',
  'day.tue': 'Tuesday',
  'day.wed': 'Wednesday',
  'day.thu': 'Thursday',
  'day.fri': 'Friday',
  'day.sat': 'Saturday',
  'day.sun': 'Sunday',
  'part.morning': 'morning',
  'part.afternoon': 'afternoon',
  'part.evening': 'evening',

  'place.kosovo': 'Kosovo',
  'place.serbia': 'Serbia',

  'community.title': 'Your community',
  'community.why':
    'Telling us your community is your choice. It helps us pair you with someone from another community. You can take part in everything without it.',
  'community.label': 'Community',
  'community.choose': 'Choose your community',
  'community.notSay': 'I prefer not to say',
  'community.consentLegend': 'Your consent',
  'community.give': 'Agree and save my community',
  'community.save': 'Save my community',
  'community.consentGiven': 'Consent given',
  'community.withdrawExplain':
    'If you withdraw your consent, we delete your community at once. You keep your account and your places at events.',
  'community.withdraw': 'Withdraw my consent and delete my community',
  'community.error.choose': 'Choose your community from the list.',
  'community.error.consent':
    'Tick the box to agree, or leave this part empty: your community is only saved with your consent.',

  'consent.community.heading': 'What you agree to',
  'consent.community.text':
    'UraMost records which community you belong to, only to pair you with people from other communities and to count participants anonymously (no number below 5 is ever shown). Nobody else sees your community: not other participants and not the organisers. You can withdraw your consent at any time, and your community is then deleted.',
  'consent.community.agree':
    'I agree that UraMost records my community for pairing and anonymous counts, as described above.',
  'consent.guardian.text':
    'As the parent or legal guardian, I agree that this young person takes part in UraMost exchanges, events and moderated discussion rooms. I can withdraw this consent at any time.',
  'consent.guardian.agree': 'I am the parent or legal guardian and I agree.',

  'guardian.title': 'Consent of a parent or guardian',
  'guardian.why':
    'Participants under 16 need the consent of a parent or legal guardian before they register for events or join exchanges. Please fill this in together.',
  'guardian.needed':
    'You cannot register for events or join exchanges until a parent or guardian has given their consent.',
  'guardian.name': 'Full name of your parent or guardian',
  'guardian.contact': 'Their e-mail address or phone number',
  'guardian.contactHint':
    'The organisers may contact them about your participation.',
  'guardian.agreeLegend': 'Consent',
  'guardian.give': 'Save the consent',
  'guardian.given': 'Consent given',
  'guardian.givenBy': 'Given by {name} on {date}.',
  'guardian.withdraw': 'Withdraw this consent',
  'guardian.error.name':
    'Enter the full name of your parent or guardian (2 to 120 characters).',
  'guardian.error.contact':
    'Enter their e-mail address or phone number (5 to 254 characters).',
  'guardian.error.agree': 'Your parent or guardian must tick the box to agree.',

  'dnp.title': 'People you do not want to be paired with',
  'dnp.why':
    'We will never pair you with the people on this list. Only you can see it: they are not told.',
  'dnp.empty': 'Your list is empty.',
  'dnp.email': 'E-mail address of the person',
  'dnp.emailHint': 'The address they use for UraMost.',
  'dnp.add': 'Add to my list',
  'dnp.remove': 'Remove',
  'dnp.error.email':
    'Enter an e-mail address in the right format, like name@example.org.',

  'myEvents.title': 'My events',
  'myEvents.none': 'You have not registered for any events yet.',
  'myEvents.find': 'Find an event',
  'myEvents.upcoming': 'Coming up',
  'myEvents.past': 'Past and cancelled',

  'myData.title': 'My data',
  'myData.intro': 'This is what UraMost holds about you:',
  'myData.holds.account':
    'your account: your name, your e-mail address ({email}) and your language;',
  'myData.holds.profile':
    'your profile: year of birth, place, languages, topics, free times, the text about you, your community if you consented, and your "do not pair" list;',
  'myData.holds.consents':
    'each consent you gave or withdrew, with the date and the text you saw;',
  'myData.holds.registrations': 'your registrations for events.',
  'myData.exportTitle': 'Download your data',
  'myData.exportText':
    'You get one file (JSON) with everything above. You can open it with a text editor.',
  'myData.export': 'Download my data',
  'myData.deleteTitle': 'Delete your account',
  'myData.deleteText':
    'You can delete your account and your data at any time. You will be asked to confirm.',
  'myData.delete': 'Delete my account',

  'delete.title': 'Delete your account',
  'delete.warning': 'This cannot be undone.',
  'delete.what1': 'Your account, your profile and your consents are deleted.',
  'delete.what2':
    'Your places at events are cancelled and go to people on the waiting lists.',
  'delete.what3':
    'Messages you wrote in discussion rooms stay, without your name.',
  'delete.exportFirst': 'You may want to download your data first:',
  'delete.confirmLegend': 'Confirm',
  'delete.confirmLabel':
    'I understand that my account and my data will be deleted for good.',
  'delete.submit': 'Delete my account',
  'delete.keep': 'No, keep my account',
  'delete.error.confirm':
    'Tick the box to confirm that you want to delete your account.',

  'errorPage.notFound': 'Page not found',
  'errorPage.forbidden': 'You cannot do this',
  'errorPage.expired': 'This form has expired',
  'errorPage.tooMany': 'Too many attempts',
  'errorPage.problem': 'Sorry, there is a problem with the service',
  'errorPage.cannot': 'This did not work',
  'errorPage.reference': 'If you contact us, please give this reference: {id}',
  'errorPage.home': 'Go to the home page',
  'errorPage.events': 'See all events',

  'error.generic':
    'Something in this request is not right. Please go back and try again.',
  'error.NOT_FOUND':
    'If you typed the address, check it is correct. The page may also have been removed.',
  'error.FORBIDDEN': 'Your account is not allowed to do this.',
  'error.RATE_LIMITED':
    'There were too many attempts. Please wait a few minutes and try again.',
  'error.INTERNAL_ERROR':
    'Something went wrong on our side. Please try again later.',
  'error.DATABASE_UNAVAILABLE':
    'The service is briefly unavailable. Nothing was changed. Please try again in a moment.',
  'error.PAYLOAD_TOO_LARGE':
    'What you sent is too long. Please shorten it and try again.',
  'error.CSRF_FAILED':
    'For your security, forms expire. Go back, reload the page and try again.',
  'error.UNAUTHENTICATED': 'Please sign in to do this.',
  'error.VALIDATION_FAILED':
    'Some of the answers are not right. Please check them and try again.',
  'error.EMAIL_TAKEN':
    'An account with this e-mail address already exists. Sign in instead, or use another address.',
  'error.PASSWORD_LENGTH': 'Enter a password of 8 to 128 characters.',
  'error.PASSWORD_TOO_COMMON':
    'This password is one of the most common ones and easy to guess. Choose another, for example three or four unrelated words.',
  'error.INVALID_CREDENTIALS':
    'The e-mail address or the password is not right.',
  'error.ACCOUNT_SUSPENDED':
    'This account has been suspended. Please contact the organisers.',
  'error.EVENT_NOT_FOUND':
    'This event does not exist or has not been published.',
  'error.EVENT_CANCELLED': 'This event has been cancelled.',
  'error.EVENT_NOT_PUBLISHED': 'This event is not open for registration yet.',
  'error.EVENT_OVER': 'This event has ended.',
  'error.REGISTRATION_NOT_OPEN':
    'Registration for this event has not opened yet.',
  'error.REGISTRATION_CLOSED': 'Registration for this event has closed.',
  'error.REGISTRATION_NOT_FOUND': 'You are not registered for this event.',
  'error.PROFILE_INCOMPLETE':
    'Add your year of birth to your profile first, then register again.',
  'error.GUARDIAN_CONSENT_REQUIRED':
    'Participants under 16 need the consent of a parent or guardian first. You can give it on your profile page.',
  'error.PARTICIPANTS_ONLY':
    'Only participant accounts can register for events.',
  'error.COMMUNITY_CONSENT_REQUIRED':
    'Your community can only be saved with your consent. Tick the box to agree first.',
  'error.CONSENT_TEXT_OUTDATED':
    'The consent text has changed since the page was loaded. Please read it again and agree again.',
  'error.DNP_NOT_FOUND':
    'No participant uses this e-mail address. Check it, or ask the person which address they use.',
  'error.DNP_SELF': 'You cannot add yourself.',
  'error.DNP_FULL': 'Your list is full (50 people). Remove someone first.',
  ...organiserEn,
  ...liveEn,
} as const;
