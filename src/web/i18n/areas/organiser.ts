import type { AreaCatalogue } from './area.js';

/**
 * The organiser's pages (events, agenda, registrations), the admin's pages (organisations,
 * organisers, reference data) and the participant's "my calendar" page.
 */
export const organiserEn = {
  'nav.organiserEvents': 'Manage events',
  'nav.admin': 'Administration',
  'nav.myCalendar': 'My calendar',

  'notice.eventCreated':
    'The event is saved as a draft. Only your organisation can see it until you publish it.',
  'notice.eventSaved': 'Your changes are saved.',
  'notice.eventPublished':
    'The event is published. Everyone can see it and register.',
  'notice.eventCancelled':
    'The event is cancelled, and every place and the waiting list with it.',
  'notice.sessionAdded': 'The session is added to the agenda.',
  'notice.sessionSaved': 'The session is saved.',
  'notice.sessionRemoved': 'The session is removed from the agenda.',
  'notice.checkedIn': 'The participant is checked in.',
  'notice.organisationCreated': 'The organisation is added.',
  'notice.organiserAdded':
    'The organiser account is created. Give them their password in a safe way.',
  'notice.calendarRotated':
    'Your calendar has a new address. The old one no longer works: subscribe again with the new one.',

  'org.status.draft': 'Draft',
  'org.status.published': 'Published',

  'org.events.title': 'Your organisation’s events',
  'org.events.titleAdmin': 'Events of all organisations',
  'org.events.new': 'Create an event',
  'org.events.none': 'There are no events yet.',
  'org.events.drafts': 'Drafts',
  'org.events.published': 'Published',
  'org.events.ended': 'Ended',
  'org.events.cancelled': 'Cancelled',
  'org.events.seats': '{taken} of {capacity} places taken',
  'org.events.manage': 'Manage',

  'org.form.createTitle': 'Create an event',
  'org.form.editTitle': 'Edit the event',
  'org.form.draftNote':
    'The event is saved as a draft. Nobody outside your organisation sees it until you publish it.',
  'org.form.titleLegend': 'Title',
  'org.form.titleHint':
    'Write it in at least one language. Readers see the version in their own language when there is one.',
  'org.form.descriptionLegend': 'Description (optional)',
  'org.form.descriptionHint':
    'What happens, who it is for, what to bring. Leave an empty line between paragraphs.',
  'org.form.inEnglish': 'In English',
  'org.form.inAlbanian': 'In Albanian',
  'org.form.inSerbian': 'In Serbian (Latin or Cyrillic)',
  'org.form.kind': 'Type of event',
  'org.form.kindChoose': 'Choose a type',
  'org.form.topics': 'Topics (optional)',
  'org.form.topicsHint': 'The topics of the dialogue this event is about.',
  'org.form.whenLegend': 'When',
  'org.form.startDate': 'Start date',
  'org.form.startTime': 'Start time',
  'org.form.endDate': 'End date',
  'org.form.endTime': 'End time',
  'org.form.dateHint': 'For example 2027-03-28.',
  'org.form.timeHint': '24-hour clock, for example 09:30.',
  'org.form.timeZone': 'Time zone',
  'org.form.timeZoneHint':
    'The dates and times above are in this zone. Pristina and Belgrade both use Europe/Belgrade.',
  'org.form.regLegend': 'Registration (optional)',
  'org.form.regHint':
    'When people can register, in the time zone chosen above. Leave empty to take registrations from publishing until the event ends. Once set, a time can be moved but not removed.',
  'org.form.regOpensDate': 'Registration opens on (date)',
  'org.form.regOpensTime': 'Registration opens at (time)',
  'org.form.regClosesDate': 'Registration closes on (date)',
  'org.form.regClosesTime': 'Registration closes at (time)',
  'org.form.whereLegend': 'Where',
  'org.form.venueName': 'Venue (optional)',
  'org.form.venueNameHint': 'For example Hotel Grand or the Youth Centre.',
  'org.form.venueAddress': 'Street address (optional)',
  'org.form.place': 'Town or city (optional)',
  'org.form.placeNone': 'Not given',
  'org.form.onlineUrl': 'Online link (optional)',
  'org.form.onlineUrlHint':
    'For online or hybrid events: the address people join at, starting with https://.',
  'org.form.languages': 'Languages spoken (optional)',
  'org.form.interpretation': 'Interpretation (optional)',
  'org.form.interpretationHint':
    'For example: simultaneous interpretation Albanian ↔ Serbian.',
  'org.form.capacity': 'Number of places',
  'org.form.capacityHint':
    'When every place is taken, people can join the waiting list.',
  'org.form.quota': 'Largest share of one community, in per cent (optional)',
  'org.form.quotaHint':
    'A whole number from 10 to 100: no community takes more than this share of the places. Leave it empty for no limit.',
  'org.form.create': 'Save as a draft',
  'org.form.save': 'Save the changes',
  'org.form.cancelEdit': 'Back without saving',

  'org.error.title':
    'Enter a title in at least one language, up to 200 characters each.',
  'org.error.description':
    'Write a description of 10,000 characters or fewer in each language.',
  'org.error.kind': 'Choose the type of event.',
  'org.error.topics': 'Choose topics from the list.',
  'org.error.startDate': 'Enter the start date, for example 2027-03-28.',
  'org.error.startTime':
    'Enter the start time in hours and minutes, for example 09:30.',
  'org.error.endDate': 'Enter the end date, for example 2027-03-28.',
  'org.error.endTime':
    'Enter the end time in hours and minutes, for example 17:00.',
  'org.error.endBeforeStart': 'The end must be after the start.',
  'org.error.tooLong': 'An event can last at most 31 days.',
  'org.error.regDate':
    'Enter the date as for example 2027-03-28, or leave both the date and the time empty.',
  'org.error.regTime':
    'Enter the time in hours and minutes, for example 09:30, or leave both the date and the time empty.',
  'org.error.regClosesBeforeOpens': 'Registration must close after it opens.',
  'org.error.regClosesAfterEnd':
    'Registration must close before the event ends.',
  'org.error.regKeep':
    'A registration time cannot be removed once it is set. Enter another date and time instead.',
  'org.error.timeZone': 'Choose a time zone from the list.',
  'org.error.venue':
    'Enter the name of the venue (up to 200 characters) when you give an address or a town.',
  'org.error.place': 'Choose a town from the list.',
  'org.error.onlineUrl':
    'Enter a web address starting with https://, up to 500 characters.',
  'org.error.languages': 'Choose languages from the list.',
  'org.error.interpretation':
    'Describe the interpretation in 200 characters or fewer.',
  'org.error.capacity':
    'Enter the number of places as a whole number from 1 to 100,000.',
  'org.error.quota': 'Enter a whole number from 10 to 100, or leave it empty.',
  'org.error.sessionsOutside':
    'Some sessions of the agenda would fall outside these times. Move or remove them first.',

  'org.event.caption': 'Manage an event',
  'org.event.draftExplain':
    'This event is a draft: only your organisation can see it. Publish it when the details are right.',
  'org.event.publishedExplain':
    'This event is published: everyone can see it and register.',
  'org.event.endedExplain': 'This event has ended.',
  'org.event.cancelledExplain':
    'This event is cancelled. It can no longer be changed.',
  'org.event.status': 'Status',
  'org.event.places': '{taken} of {capacity} taken',
  'org.event.waiting': {
    one: '{count} person on the waiting list',
    other: '{count} people on the waiting list',
  },
  'org.event.edit': 'Edit the details',
  'org.event.publish': 'Publish the event',
  'org.event.publicPage': 'See the public page',
  'org.event.registrations': 'Registrations and waiting list',
  'org.event.cancel': 'Cancel the event',
  'org.event.back': 'Back to the events',
  'org.event.actions': 'What you can do',

  'org.sessions.title': 'Agenda',
  'org.sessions.none': 'The agenda is empty.',
  'org.sessions.edit': 'Edit',
  'org.sessions.remove': 'Remove',
  'org.sessions.addTitle': 'Add a session',
  'org.sessions.editTitle': 'Edit a session',
  'org.sessions.sessionTitle': 'Title of the session',
  'org.sessions.date': 'Date',
  'org.sessions.startTime': 'Starts at',
  'org.sessions.endTime': 'Ends at',
  'org.sessions.timesIn': 'Times are in the event’s time zone: {zone}.',
  'org.sessions.hall': 'Room or hall (optional)',
  'org.sessions.hallHint':
    'Two sessions cannot use the same room at the same time.',
  'org.sessions.speakers': 'Speakers (optional)',
  'org.sessions.speakersHint':
    'One name per line. Nobody can speak in two sessions at the same time.',
  'org.sessions.add': 'Add the session',
  'org.sessions.save': 'Save the session',
  'org.sessions.backToEvent': 'Back to the event',
  'org.sessions.error.title':
    'Enter the title of the session, up to 200 characters.',
  'org.sessions.error.date': 'Enter the date, for example 2027-03-28.',
  'org.sessions.error.startTime':
    'Enter when the session starts, for example 09:30.',
  'org.sessions.error.endTime':
    'Enter when the session ends, for example 10:30.',
  'org.sessions.error.endBeforeStart': 'The session must end after it starts.',
  'org.sessions.error.outside':
    'The session must take place within the event: {range}.',
  'org.sessions.error.hall': 'Enter the room in 100 characters or fewer.',
  'org.sessions.error.speakers':
    'Enter at most 20 speakers, one per line, each up to 120 characters.',
  'org.sessions.clashHall':
    '{hall} is already taken at that time by “{title}” ({time}).',
  'org.sessions.clashSpeaker':
    '{name} is already speaking at that time in “{title}” ({time}).',

  'org.cancel.title': 'Cancel this event',
  'org.cancel.warning': 'This cannot be undone.',
  'org.cancel.what':
    'Every place and the whole waiting list are cancelled, and the event shows as cancelled on its page and in everyone’s calendar.',
  'org.cancel.affected': {
    one: '{count} person has a place or is waiting.',
    other: '{count} people have a place or are waiting.',
  },
  'org.cancel.confirm': 'Yes, cancel the event',
  'org.cancel.keep': 'No, keep it',

  'org.regs.title': 'Registrations',
  'org.regs.numbers': 'In numbers',
  'org.regs.confirmed': 'Places taken',
  'org.regs.waiting': 'On the waiting list',
  'org.regs.checkedIn': 'Checked in',
  'org.regs.cancelled': 'Cancelled',
  'org.regs.ofCapacity': '{count} of {capacity}',
  'org.regs.exportTitle': 'Download the list',
  'org.regs.export': 'Download the list (CSV)',
  'org.regs.exportHint':
    'A spreadsheet file with names, e-mail addresses, status and check-in. It holds personal data: keep it safe and delete it after the event.',
  'org.regs.confirmedTitle': 'People with a place',
  'org.regs.waitingTitle': 'Waiting list',
  'org.regs.waitingExplain':
    'When someone cancels, the first person on the list gets the place by itself.',
  'org.regs.cancelledTitle': 'Cancelled registrations',
  'org.regs.registeredAt': 'Registered',
  'org.regs.checkInButton': 'Check in',
  'org.regs.isCheckedIn': 'Checked in',
  'org.regs.noneConfirmed': 'Nobody has a place yet.',
  'org.regs.noneWaiting': 'Nobody is waiting.',
  'org.regs.deleted': 'Deleted account',
  'org.regs.search': 'Find a person',
  'org.regs.searchHint': 'Part of their name or e-mail address.',
  'org.regs.searchButton': 'Find',
  'org.regs.showAll': 'Show everyone',
  'org.regs.matching': 'People matching “{q}”.',
  'org.regs.capped':
    'Showing the first {shown} of {count}. Find a person by name to see the others.',

  'admin.sections': 'Administration',
  'admin.orgs.title': 'Organisations',
  'admin.orgs.shortName': 'Short name',
  'admin.orgs.name': 'Name',
  'admin.orgs.country': 'Country',
  'admin.orgs.base': 'Based in',
  'admin.orgs.website': 'Website',
  'admin.orgs.none': 'There are no organisations yet.',
  'admin.orgs.organisers': 'Organisers',
  'admin.orgs.addTitle': 'Add an organisation',
  'admin.orgs.nameHint':
    'The full name, for example Belgrade Centre for Security Policy.',
  'admin.orgs.shortNameHint':
    'Up to 20 letters, digits, dots or hyphens, for example BCSP.',
  'admin.orgs.baseLabel': 'Based in (optional)',
  'admin.orgs.baseHint': 'The town or city, for example Prishtinë.',
  'admin.orgs.websiteLabel': 'Website (optional)',
  'admin.orgs.websiteHint': 'Starting with https://.',
  'admin.orgs.add': 'Add the organisation',
  'admin.error.name': 'Enter the name, from 2 to 200 characters.',
  'admin.error.shortName':
    'Enter a short name of up to 20 letters, digits, dots or hyphens.',
  'admin.error.shortNameTaken':
    'Another organisation already uses this short name.',
  'admin.error.country': 'Choose the country.',
  'admin.error.base': 'Enter the town in 100 characters or fewer.',
  'admin.error.website': 'Enter a web address starting with https://.',

  'admin.org.caption': 'Organisation',
  'admin.org.organisers': 'Organisers',
  'admin.org.noOrganisers': 'This organisation has no organisers yet.',
  'admin.org.addTitle': 'Add an organiser',
  'admin.org.addIntro':
    'This creates an organiser account for this organisation. Give the person their password by phone or in person, never in the same message as the e-mail address.',
  'admin.org.displayName': 'Name',
  'admin.org.email': 'E-mail address',
  'admin.org.password': 'First password',
  'admin.org.passwordHint':
    'At least 8 characters. Three or four unrelated words make a strong password.',
  'admin.org.add': 'Create the organiser account',
  'admin.org.back': 'Back to the organisations',
  'admin.error.displayName': 'Enter the organiser’s name, up to 80 characters.',
  'admin.error.email':
    'Enter an e-mail address in the right format, like name@example.org.',
  'admin.error.emailTaken':
    'An account with this e-mail address already exists.',
  'admin.error.password': 'Enter a password of 8 to 128 characters.',

  'admin.ref.title': 'Reference data',
  'admin.ref.intro':
    'The lists people choose from on their profiles and on events, in every language of UraMost. They come with the installation and cannot be changed on this page.',
  'admin.ref.communities': 'Communities',
  'admin.ref.topics': 'Topics',
  'admin.ref.languages': 'Languages',
  'admin.ref.places': 'Places',
  'admin.ref.code': 'Code',
  'admin.ref.country': 'Country',

  'cal.title': 'My calendar',
  'cal.intro':
    'Your events can appear in the calendar on your phone or computer: every event where you have a place or are on the waiting list, with its sessions.',
  'cal.subscribeTitle': 'Subscribe (recommended)',
  'cal.subscribeText':
    'Subscribing keeps your calendar up to date by itself: new registrations, changed times and cancelled events appear without you doing anything.',
  'cal.subscribe': 'Subscribe in my calendar app',
  'cal.copyTitle': 'Or copy the address',
  'cal.copyText':
    'Some calendars ask for an address instead, for example Google Calendar or Outlook on the web: choose “add a calendar from a URL” and paste this address.',
  'cal.address': 'Address of your calendar',
  'cal.downloadTitle': 'Download once',
  'cal.downloadText':
    'Downloading gives you a file with your events as they are now. Your calendar is not updated when something changes later.',
  'cal.download': 'Download my events (.ics file)',
  'cal.privateTitle': 'Keep the address private',
  'cal.privateText':
    'Anyone who has this address can see your events. If you shared it by mistake or lost your phone, make a new address: the old one stops working at once, and you subscribe again with the new one.',
  'cal.rotate': 'Make a new address',

  'error.NOT_EVENT_ORGANISER':
    'Only the organisers of this event can see or change this.',
  'error.SESSION_NOT_FOUND':
    'This session no longer exists. It may have been removed.',
  'error.SESSION_CLASH':
    'This session clashes with another session of the agenda.',
  'error.SESSION_OUTSIDE_EVENT':
    'The sessions of the agenda must take place within the event’s times.',
  'error.NOT_CONFIRMED': 'Only people with a place can be checked in.',
  'error.ORGANISATION_NOT_FOUND': 'This organisation does not exist.',
  'error.ORGANISATION_EXISTS':
    'Another organisation already uses this short name.',
  'error.CALENDAR_NOT_FOUND':
    'This calendar address does not work any more. Look for the new one under My calendar.',
} as const;

export const organiserSq: AreaCatalogue<typeof organiserEn> = {
  'nav.organiserEvents': 'Menaxho ngjarjet',
  'nav.admin': 'Administrimi',
  'nav.myCalendar': 'Kalendari im',

  'notice.eventCreated':
    'Ngjarja u ruajt si draft. Vetëm organizata jote e sheh derisa ta publikosh.',
  'notice.eventSaved': 'Ndryshimet u ruajtën.',
  'notice.eventPublished':
    'Ngjarja u publikua. Të gjithë mund ta shohin dhe të regjistrohen.',
  'notice.eventCancelled':
    'Ngjarja u anulua, së bashku me të gjitha vendet dhe listën e pritjes.',
  'notice.sessionAdded': 'Sesioni u shtua në agjendë.',
  'notice.sessionSaved': 'Sesioni u ruajt.',
  'notice.sessionRemoved': 'Sesioni u hoq nga agjenda.',
  'notice.checkedIn': 'Pjesëmarrësi u regjistrua si i pranishëm.',
  'notice.organisationCreated': 'Organizata u shtua.',
  'notice.organiserAdded':
    'Llogaria e organizatorit u krijua. Jepja fjalëkalimin në mënyrë të sigurt.',
  'notice.calendarRotated':
    'Kalendari yt ka një adresë të re. E vjetra nuk funksionon më: abonohu përsëri me të renë.',

  'org.status.draft': 'Draft',
  'org.status.published': 'Publikuar',

  'org.events.title': 'Ngjarjet e organizatës sate',
  'org.events.titleAdmin': 'Ngjarjet e të gjitha organizatave',
  'org.events.new': 'Krijo një ngjarje',
  'org.events.none': 'Ende nuk ka ngjarje.',
  'org.events.drafts': 'Drafte',
  'org.events.published': 'Të publikuara',
  'org.events.ended': 'Të përfunduara',
  'org.events.cancelled': 'Të anuluara',
  'org.events.seats': '{taken} nga {capacity} vende të zëna',
  'org.events.manage': 'Menaxho',

  'org.form.createTitle': 'Krijo një ngjarje',
  'org.form.editTitle': 'Ndrysho ngjarjen',
  'org.form.draftNote':
    'Ngjarja ruhet si draft. Askush jashtë organizatës sate nuk e sheh derisa ta publikosh.',
  'org.form.titleLegend': 'Titulli',
  'org.form.titleHint':
    'Shkruaje të paktën në një gjuhë. Lexuesit e shohin versionin në gjuhën e tyre kur ka një të tillë.',
  'org.form.descriptionLegend': 'Përshkrimi (opsional)',
  'org.form.descriptionHint':
    'Çfarë ndodh, për kë është, çfarë duhet sjellë. Lër një rresht bosh mes paragrafëve.',
  'org.form.inEnglish': 'Në anglisht',
  'org.form.inAlbanian': 'Në shqip',
  'org.form.inSerbian': 'Në serbisht (latinisht ose cirilik)',
  'org.form.kind': 'Lloji i ngjarjes',
  'org.form.kindChoose': 'Zgjidh një lloj',
  'org.form.topics': 'Temat (opsionale)',
  'org.form.topicsHint': 'Temat e dialogut për të cilat flet kjo ngjarje.',
  'org.form.whenLegend': 'Kur',
  'org.form.startDate': 'Data e fillimit',
  'org.form.startTime': 'Ora e fillimit',
  'org.form.endDate': 'Data e mbarimit',
  'org.form.endTime': 'Ora e mbarimit',
  'org.form.dateHint': 'Për shembull 2027-03-28.',
  'org.form.timeHint': 'Ora 24-orëshe, për shembull 09:30.',
  'org.form.timeZone': 'Zona kohore',
  'org.form.timeZoneHint':
    'Datat dhe oraret më lart janë në këtë zonë. Prishtina dhe Beogradi përdorin të dyja Europe/Belgrade.',
  'org.form.regLegend': 'Regjistrimi (opsional)',
  'org.form.regHint':
    'Kur mund të regjistrohen njerëzit, në zonën kohore të zgjedhur më lart. Lëreni bosh për të pranuar regjistrime nga publikimi deri në mbarim të ngjarjes. Pasi caktohet, një kohë mund të ndryshohet, por jo të hiqet.',
  'org.form.regOpensDate': 'Regjistrimi hapet më (data)',
  'org.form.regOpensTime': 'Regjistrimi hapet në (ora)',
  'org.form.regClosesDate': 'Regjistrimi mbyllet më (data)',
  'org.form.regClosesTime': 'Regjistrimi mbyllet në (ora)',
  'org.form.whereLegend': 'Ku',
  'org.form.venueName': 'Vendi i zhvillimit (opsional)',
  'org.form.venueNameHint': 'Për shembull Hotel Grand ose Qendra Rinore.',
  'org.form.venueAddress': 'Adresa (opsionale)',
  'org.form.place': 'Qyteti (opsional)',
  'org.form.placeNone': 'Nuk është dhënë',
  'org.form.onlineUrl': 'Lidhja online (opsionale)',
  'org.form.onlineUrlHint':
    'Për ngjarje online ose hibride: adresa ku bashkohen njerëzit, që fillon me https://.',
  'org.form.languages': 'Gjuhët që fliten (opsionale)',
  'org.form.interpretation': 'Përkthimi (opsional)',
  'org.form.interpretationHint':
    'Për shembull: përkthim simultan shqip ↔ serbisht.',
  'org.form.capacity': 'Numri i vendeve',
  'org.form.capacityHint':
    'Kur zihen të gjitha vendet, njerëzit mund të futen në listën e pritjes.',
  'org.form.quota':
    'Pjesa më e madhe e një komuniteti, në përqindje (opsionale)',
  'org.form.quotaHint':
    'Një numër i plotë nga 10 deri në 100: asnjë komunitet nuk merr më shumë se kjo pjesë e vendeve. Lëre bosh për pa kufi.',
  'org.form.create': 'Ruaje si draft',
  'org.form.save': 'Ruaj ndryshimet',
  'org.form.cancelEdit': 'Kthehu pa ruajtur',

  'org.error.title':
    'Shkruaj një titull të paktën në një gjuhë, deri në 200 shkronja secili.',
  'org.error.description':
    'Shkruaj një përshkrim me 10.000 shkronja ose më pak në secilën gjuhë.',
  'org.error.kind': 'Zgjidh llojin e ngjarjes.',
  'org.error.topics': 'Zgjidh temat nga lista.',
  'org.error.startDate': 'Shkruaj datën e fillimit, për shembull 2027-03-28.',
  'org.error.startTime':
    'Shkruaj orën e fillimit me orë dhe minuta, për shembull 09:30.',
  'org.error.endDate': 'Shkruaj datën e mbarimit, për shembull 2027-03-28.',
  'org.error.endTime':
    'Shkruaj orën e mbarimit me orë dhe minuta, për shembull 17:00.',
  'org.error.endBeforeStart': 'Mbarimi duhet të jetë pas fillimit.',
  'org.error.tooLong': 'Një ngjarje mund të zgjasë më së shumti 31 ditë.',
  'org.error.regDate':
    'Shkruani datën si për shembull 2027-03-28, ose lini bosh edhe datën edhe orën.',
  'org.error.regTime':
    'Shkruani orën me orë dhe minuta, për shembull 09:30, ose lini bosh edhe datën edhe orën.',
  'org.error.regClosesBeforeOpens':
    'Regjistrimi duhet të mbyllet pasi të hapet.',
  'org.error.regClosesAfterEnd':
    'Regjistrimi duhet të mbyllet para se të mbarojë ngjarja.',
  'org.error.regKeep':
    'Një kohë regjistrimi nuk mund të hiqet pasi është caktuar. Shkruani një datë dhe orë tjetër.',
  'org.error.timeZone': 'Zgjidh një zonë kohore nga lista.',
  'org.error.venue':
    'Shkruaj emrin e vendit të zhvillimit (deri në 200 shkronja) kur jep një adresë ose një qytet.',
  'org.error.place': 'Zgjidh një qytet nga lista.',
  'org.error.onlineUrl':
    'Shkruaj një adresë interneti që fillon me https://, deri në 500 shkronja.',
  'org.error.languages': 'Zgjidh gjuhët nga lista.',
  'org.error.interpretation':
    'Përshkruaje përkthimin me 200 shkronja ose më pak.',
  'org.error.capacity':
    'Shkruaj numrin e vendeve si numër të plotë nga 1 deri në 100.000.',
  'org.error.quota':
    'Shkruaj një numër të plotë nga 10 deri në 100, ose lëre bosh.',
  'org.error.sessionsOutside':
    'Disa sesione të agjendës do të binin jashtë këtyre orareve. Zhvendosi ose hiqi ato më parë.',

  'org.event.caption': 'Menaxho një ngjarje',
  'org.event.draftExplain':
    'Kjo ngjarje është draft: vetëm organizata jote e sheh. Publikoje kur të dhënat të jenë në rregull.',
  'org.event.publishedExplain':
    'Kjo ngjarje është publikuar: të gjithë mund ta shohin dhe të regjistrohen.',
  'org.event.endedExplain': 'Kjo ngjarje ka përfunduar.',
  'org.event.cancelledExplain':
    'Kjo ngjarje është anuluar. Nuk mund të ndryshohet më.',
  'org.event.status': 'Statusi',
  'org.event.places': '{taken} nga {capacity} të zëna',
  'org.event.waiting': {
    one: '{count} person në listën e pritjes',
    other: '{count} persona në listën e pritjes',
  },
  'org.event.edit': 'Ndrysho të dhënat',
  'org.event.publish': 'Publiko ngjarjen',
  'org.event.publicPage': 'Shiko faqen publike',
  'org.event.registrations': 'Regjistrimet dhe lista e pritjes',
  'org.event.cancel': 'Anulo ngjarjen',
  'org.event.back': 'Kthehu te ngjarjet',
  'org.event.actions': 'Çfarë mund të bësh',

  'org.sessions.title': 'Agjenda',
  'org.sessions.none': 'Agjenda është bosh.',
  'org.sessions.edit': 'Ndrysho',
  'org.sessions.remove': 'Hiq',
  'org.sessions.addTitle': 'Shto një sesion',
  'org.sessions.editTitle': 'Ndrysho një sesion',
  'org.sessions.sessionTitle': 'Titulli i sesionit',
  'org.sessions.date': 'Data',
  'org.sessions.startTime': 'Fillon në',
  'org.sessions.endTime': 'Mbaron në',
  'org.sessions.timesIn': 'Oraret janë në zonën kohore të ngjarjes: {zone}.',
  'org.sessions.hall': 'Salla (opsionale)',
  'org.sessions.hallHint':
    'Dy sesione nuk mund ta përdorin të njëjtën sallë në të njëjtën kohë.',
  'org.sessions.speakers': 'Folësit (opsionale)',
  'org.sessions.speakersHint':
    'Një emër për rresht. Askush nuk mund të flasë në dy sesione në të njëjtën kohë.',
  'org.sessions.add': 'Shto sesionin',
  'org.sessions.save': 'Ruaj sesionin',
  'org.sessions.backToEvent': 'Kthehu te ngjarja',
  'org.sessions.error.title':
    'Shkruaj titullin e sesionit, deri në 200 shkronja.',
  'org.sessions.error.date': 'Shkruaj datën, për shembull 2027-03-28.',
  'org.sessions.error.startTime':
    'Shkruaj kur fillon sesioni, për shembull 09:30.',
  'org.sessions.error.endTime':
    'Shkruaj kur mbaron sesioni, për shembull 10:30.',
  'org.sessions.error.endBeforeStart':
    'Sesioni duhet të mbarojë pasi të fillojë.',
  'org.sessions.error.outside':
    'Sesioni duhet të zhvillohet brenda ngjarjes: {range}.',
  'org.sessions.error.hall': 'Shkruaj sallën me 100 shkronja ose më pak.',
  'org.sessions.error.speakers':
    'Shkruaj më së shumti 20 folës, një për rresht, secili deri në 120 shkronja.',
  'org.sessions.clashHall':
    '{hall} është e zënë në atë kohë nga „{title}” ({time}).',
  'org.sessions.clashSpeaker':
    '{name} flet tashmë në atë kohë te „{title}” ({time}).',

  'org.cancel.title': 'Anulo këtë ngjarje',
  'org.cancel.warning': 'Kjo nuk mund të zhbëhet.',
  'org.cancel.what':
    'Të gjitha vendet dhe e gjithë lista e pritjes anulohen, dhe ngjarja shfaqet si e anuluar në faqen e saj dhe në kalendarin e secilit.',
  'org.cancel.affected': {
    one: '{count} person ka vend ose është në pritje.',
    other: '{count} persona kanë vend ose janë në pritje.',
  },
  'org.cancel.confirm': 'Po, anulo ngjarjen',
  'org.cancel.keep': 'Jo, mbaje',

  'org.regs.title': 'Regjistrimet',
  'org.regs.numbers': 'Në shifra',
  'org.regs.confirmed': 'Vende të zëna',
  'org.regs.waiting': 'Në listën e pritjes',
  'org.regs.checkedIn': 'Të pranishëm',
  'org.regs.cancelled': 'Të anuluara',
  'org.regs.ofCapacity': '{count} nga {capacity}',
  'org.regs.exportTitle': 'Shkarko listën',
  'org.regs.export': 'Shkarko listën (CSV)',
  'org.regs.exportHint':
    'Një skedar tabelar me emrat, adresat e e-mailit, statusin dhe praninë. Përmban të dhëna personale: ruaje në mënyrë të sigurt dhe fshije pas ngjarjes.',
  'org.regs.confirmedTitle': 'Personat me vend',
  'org.regs.waitingTitle': 'Lista e pritjes',
  'org.regs.waitingExplain':
    'Kur dikush anulon, personi i parë në listë e merr vendin vetvetiu.',
  'org.regs.cancelledTitle': 'Regjistrimet e anuluara',
  'org.regs.registeredAt': 'Regjistruar më',
  'org.regs.checkInButton': 'Shëno të pranishëm',
  'org.regs.isCheckedIn': 'I pranishëm',
  'org.regs.noneConfirmed': 'Askush nuk ka vend ende.',
  'org.regs.noneWaiting': 'Askush nuk është në pritje.',
  'org.regs.deleted': 'Llogari e fshirë',
  'org.regs.search': 'Gjej një person',
  'org.regs.searchHint': 'Një pjesë të emrit ose të adresës së e-mailit.',
  'org.regs.searchButton': 'Gjej',
  'org.regs.showAll': 'Shfaq të gjithë',
  'org.regs.matching': 'Personat që përputhen me „{q}”.',
  'org.regs.capped':
    'Po shfaqen {shown} të parët nga {count}. Gjej një person sipas emrit për të parë të tjerët.',

  'admin.sections': 'Administrimi',
  'admin.orgs.title': 'Organizatat',
  'admin.orgs.shortName': 'Emri i shkurtër',
  'admin.orgs.name': 'Emri',
  'admin.orgs.country': 'Shteti',
  'admin.orgs.base': 'Selia',
  'admin.orgs.website': 'Uebfaqja',
  'admin.orgs.none': 'Ende nuk ka organizata.',
  'admin.orgs.organisers': 'Organizatorët',
  'admin.orgs.addTitle': 'Shto një organizatë',
  'admin.orgs.nameHint':
    'Emri i plotë, për shembull Qendra Kosovare për Studime të Sigurisë.',
  'admin.orgs.shortNameHint':
    'Deri në 20 shkronja, shifra, pika ose viza, për shembull KCSS.',
  'admin.orgs.baseLabel': 'Selia (opsionale)',
  'admin.orgs.baseHint': 'Qyteti, për shembull Prishtinë.',
  'admin.orgs.websiteLabel': 'Uebfaqja (opsionale)',
  'admin.orgs.websiteHint': 'Që fillon me https://.',
  'admin.orgs.add': 'Shto organizatën',
  'admin.error.name': 'Shkruaj emrin, nga 2 deri në 200 shkronja.',
  'admin.error.shortName':
    'Shkruaj një emër të shkurtër deri në 20 shkronja, shifra, pika ose viza.',
  'admin.error.shortNameTaken':
    'Një organizatë tjetër e përdor tashmë këtë emër të shkurtër.',
  'admin.error.country': 'Zgjidh shtetin.',
  'admin.error.base': 'Shkruaj qytetin me 100 shkronja ose më pak.',
  'admin.error.website': 'Shkruaj një adresë interneti që fillon me https://.',

  'admin.org.caption': 'Organizata',
  'admin.org.organisers': 'Organizatorët',
  'admin.org.noOrganisers': 'Kjo organizatë ende nuk ka organizatorë.',
  'admin.org.addTitle': 'Shto një organizator',
  'admin.org.addIntro':
    'Kjo krijon një llogari organizatori për këtë organizatë. Jepja personit fjalëkalimin me telefon ose personalisht, kurrë në të njëjtin mesazh me adresën e e-mailit.',
  'admin.org.displayName': 'Emri',
  'admin.org.email': 'Adresa e e-mailit',
  'admin.org.password': 'Fjalëkalimi i parë',
  'admin.org.passwordHint':
    'Të paktën 8 shenja. Tre ose katër fjalë pa lidhje mes tyre bëjnë një fjalëkalim të fortë.',
  'admin.org.add': 'Krijo llogarinë e organizatorit',
  'admin.org.back': 'Kthehu te organizatat',
  'admin.error.displayName':
    'Shkruaj emrin e organizatorit, deri në 80 shkronja.',
  'admin.error.email':
    'Shkruaj një adresë e-maili në formatin e duhur, si emri@shembull.org.',
  'admin.error.emailTaken':
    'Ekziston tashmë një llogari me këtë adresë e-maili.',
  'admin.error.password': 'Shkruaj një fjalëkalim me 8 deri në 128 shenja.',

  'admin.ref.title': 'Të dhënat referuese',
  'admin.ref.intro':
    'Listat nga të cilat zgjedhin njerëzit në profile dhe në ngjarje, në të gjitha gjuhët e UraMost. Vijnë me instalimin dhe nuk mund të ndryshohen në këtë faqe.',
  'admin.ref.communities': 'Komunitetet',
  'admin.ref.topics': 'Temat',
  'admin.ref.languages': 'Gjuhët',
  'admin.ref.places': 'Vendet',
  'admin.ref.code': 'Kodi',
  'admin.ref.country': 'Shteti',

  'cal.title': 'Kalendari im',
  'cal.intro':
    'Ngjarjet e tua mund të shfaqen në kalendarin e telefonit ose të kompjuterit: çdo ngjarje ku ke vend ose je në listën e pritjes, me sesionet e saj.',
  'cal.subscribeTitle': 'Abonohu (e rekomanduar)',
  'cal.subscribeText':
    'Abonimi e mban kalendarin tënd të përditësuar vetvetiu: regjistrimet e reja, oraret e ndryshuara dhe ngjarjet e anuluara shfaqen pa bërë asgjë.',
  'cal.subscribe': 'Abonohu në aplikacionin e kalendarit',
  'cal.copyTitle': 'Ose kopjo adresën',
  'cal.copyText':
    'Disa kalendarë kërkojnë adresën, për shembull Google Calendar ose Outlook në ueb: zgjidh „shto kalendar nga URL” dhe ngjite këtë adresë.',
  'cal.address': 'Adresa e kalendarit tënd',
  'cal.downloadTitle': 'Shkarko një herë',
  'cal.downloadText':
    'Shkarkimi të jep një skedar me ngjarjet e tua ashtu siç janë tani. Kalendari yt nuk përditësohet kur diçka ndryshon më vonë.',
  'cal.download': 'Shkarko ngjarjet e mia (skedar .ics)',
  'cal.privateTitle': 'Mbaje adresën private',
  'cal.privateText':
    'Kushdo që e ka këtë adresë mund t’i shohë ngjarjet e tua. Nëse e ke ndarë gabimisht ose e ke humbur telefonin, krijo një adresë të re: e vjetra ndalon së funksionuari menjëherë dhe ti abonohesh përsëri me të renë.',
  'cal.rotate': 'Krijo një adresë të re',

  'error.NOT_EVENT_ORGANISER':
    'Vetëm organizatorët e kësaj ngjarjeje mund ta shohin ose ta ndryshojnë këtë.',
  'error.SESSION_NOT_FOUND': 'Ky sesion nuk ekziston më. Ndoshta është hequr.',
  'error.SESSION_CLASH':
    'Ky sesion përplaset me një sesion tjetër të agjendës.',
  'error.SESSION_OUTSIDE_EVENT':
    'Sesionet e agjendës duhet të zhvillohen brenda orareve të ngjarjes.',
  'error.NOT_CONFIRMED':
    'Vetëm personat që kanë vend mund të shënohen të pranishëm.',
  'error.ORGANISATION_NOT_FOUND': 'Kjo organizatë nuk ekziston.',
  'error.ORGANISATION_EXISTS':
    'Një organizatë tjetër e përdor tashmë këtë emër të shkurtër.',
  'error.CALENDAR_NOT_FOUND':
    'Kjo adresë kalendari nuk funksionon më. Gjeje të renë te Kalendari im.',
};

export const organiserSrCyrl: AreaCatalogue<typeof organiserEn> = {
  'nav.organiserEvents': 'Управљање догађајима',
  'nav.admin': 'Администрација',
  'nav.myCalendar': 'Мој календар',

  'notice.eventCreated':
    'Догађај је сачуван као нацрт. Само твоја организација га види док га не објавиш.',
  'notice.eventSaved': 'Измене су сачуване.',
  'notice.eventPublished':
    'Догађај је објављен. Сви могу да га виде и да се пријаве.',
  'notice.eventCancelled':
    'Догађај је отказан, а са њим и сва места и листа чекања.',
  'notice.sessionAdded': 'Сесија је додата у програм.',
  'notice.sessionSaved': 'Сесија је сачувана.',
  'notice.sessionRemoved': 'Сесија је уклоњена из програма.',
  'notice.checkedIn': 'Долазак учесника је забележен.',
  'notice.organisationCreated': 'Организација је додата.',
  'notice.organiserAdded':
    'Налог организатора је направљен. Лозинку му/јој пренеси на безбедан начин.',
  'notice.calendarRotated':
    'Твој календар има нову адресу. Стара више не ради: претплати се поново новом адресом.',

  'org.status.draft': 'Нацрт',
  'org.status.published': 'Објављено',

  'org.events.title': 'Догађаји твоје организације',
  'org.events.titleAdmin': 'Догађаји свих организација',
  'org.events.new': 'Направи догађај',
  'org.events.none': 'Још нема догађаја.',
  'org.events.drafts': 'Нацрти',
  'org.events.published': 'Објављени',
  'org.events.ended': 'Завршени',
  'org.events.cancelled': 'Отказани',
  'org.events.seats': 'Заузето {taken} од {capacity} места',
  'org.events.manage': 'Управљај',

  'org.form.createTitle': 'Направи догађај',
  'org.form.editTitle': 'Измени догађај',
  'org.form.draftNote':
    'Догађај се чува као нацрт. Нико изван твоје организације га не види док га не објавиш.',
  'org.form.titleLegend': 'Наслов',
  'org.form.titleHint':
    'Напиши га бар на једном језику. Читаоци виде верзију на свом језику када она постоји.',
  'org.form.descriptionLegend': 'Опис (није обавезно)',
  'org.form.descriptionHint':
    'Шта се дешава, коме је намењено, шта треба понети. Између пасуса остави празан ред.',
  'org.form.inEnglish': 'На енглеском',
  'org.form.inAlbanian': 'На албанском',
  'org.form.inSerbian': 'На српском (латиница или ћирилица)',
  'org.form.kind': 'Врста догађаја',
  'org.form.kindChoose': 'Изабери врсту',
  'org.form.topics': 'Теме (није обавезно)',
  'org.form.topicsHint': 'Теме дијалога којима се овај догађај бави.',
  'org.form.whenLegend': 'Када',
  'org.form.startDate': 'Датум почетка',
  'org.form.startTime': 'Време почетка',
  'org.form.endDate': 'Датум завршетка',
  'org.form.endTime': 'Време завршетка',
  'org.form.dateHint': 'На пример 2027-03-28.',
  'org.form.timeHint': 'Двадесетчетворочасовни запис, на пример 09:30.',
  'org.form.timeZone': 'Временска зона',
  'org.form.timeZoneHint':
    'Датуми и времена изнад су у овој зони. Приштина и Београд користе Europe/Belgrade.',
  'org.form.regLegend': 'Пријаве (необавезно)',
  'org.form.regHint':
    'Када људи могу да се пријаве, у временској зони изабраној изнад. Оставите празно да пријаве трају од објављивања до краја догађаја. Када се једном постави, време се може померити, али не и уклонити.',
  'org.form.regOpensDate': 'Пријаве почињу (датум)',
  'org.form.regOpensTime': 'Пријаве почињу у (време)',
  'org.form.regClosesDate': 'Пријаве се затварају (датум)',
  'org.form.regClosesTime': 'Пријаве се затварају у (време)',
  'org.form.whereLegend': 'Где',
  'org.form.venueName': 'Место одржавања (није обавезно)',
  'org.form.venueNameHint': 'На пример Хотел Гранд или Дом омладине.',
  'org.form.venueAddress': 'Адреса (није обавезно)',
  'org.form.place': 'Град или насеље (није обавезно)',
  'org.form.placeNone': 'Није наведено',
  'org.form.onlineUrl': 'Онлајн линк (није обавезно)',
  'org.form.onlineUrlHint':
    'За онлајн или хибридне догађаје: адреса на којој се учесници прикључују, почиње са https://.',
  'org.form.languages': 'Језици на којима се говори (није обавезно)',
  'org.form.interpretation': 'Превођење (није обавезно)',
  'org.form.interpretationHint':
    'На пример: симултано превођење албански ↔ српски.',
  'org.form.capacity': 'Број места',
  'org.form.capacityHint':
    'Када се сва места попуне, заинтересовани могу да се упишу на листу чекања.',
  'org.form.quota':
    'Највећи удео једне заједнице, у процентима (није обавезно)',
  'org.form.quotaHint':
    'Цео број од 10 до 100: ниједна заједница не добија већи део места од овога. Остави празно ако нема ограничења.',
  'org.form.create': 'Сачувај као нацрт',
  'org.form.save': 'Сачувај измене',
  'org.form.cancelEdit': 'Назад без чувања',

  'org.error.title':
    'Унеси наслов бар на једном језику, до 200 знакова за сваки.',
  'org.error.description':
    'Напиши опис од највише 10.000 знакова на сваком језику.',
  'org.error.kind': 'Изабери врсту догађаја.',
  'org.error.topics': 'Изабери теме са листе.',
  'org.error.startDate': 'Унеси датум почетка, на пример 2027-03-28.',
  'org.error.startTime':
    'Унеси време почетка у сатима и минутима, на пример 09:30.',
  'org.error.endDate': 'Унеси датум завршетка, на пример 2027-03-28.',
  'org.error.endTime':
    'Унеси време завршетка у сатима и минутима, на пример 17:00.',
  'org.error.endBeforeStart': 'Крај мора бити после почетка.',
  'org.error.tooLong': 'Догађај може трајати највише 31 дан.',
  'org.error.regDate':
    'Унесите датум, на пример 2027-03-28, или оставите празно и датум и време.',
  'org.error.regTime':
    'Унесите време у сатима и минутима, на пример 09:30, или оставите празно и датум и време.',
  'org.error.regClosesBeforeOpens':
    'Пријаве се морају затворити после почетка пријава.',
  'org.error.regClosesAfterEnd':
    'Пријаве се морају затворити пре краја догађаја.',
  'org.error.regKeep':
    'Време пријава се не може уклонити када је једном постављено. Унесите други датум и време.',
  'org.error.timeZone': 'Изабери временску зону са листе.',
  'org.error.venue':
    'Унеси назив места одржавања (до 200 знакова) када наводиш адресу или град.',
  'org.error.place': 'Изабери град са листе.',
  'org.error.onlineUrl':
    'Унеси веб адресу која почиње са https://, до 500 знакова.',
  'org.error.languages': 'Изабери језике са листе.',
  'org.error.interpretation': 'Опиши превођење у највише 200 знакова.',
  'org.error.capacity': 'Унеси број места као цео број од 1 до 100.000.',
  'org.error.quota': 'Унеси цео број од 10 до 100 или остави празно.',
  'org.error.sessionsOutside':
    'Неке сесије програма би пале ван ових термина. Прво их помери или уклони.',

  'org.event.caption': 'Управљање догађајем',
  'org.event.draftExplain':
    'Овај догађај је нацрт: види га само твоја организација. Објави га када подаци буду тачни.',
  'org.event.publishedExplain':
    'Овај догађај је објављен: сви могу да га виде и да се пријаве.',
  'org.event.endedExplain': 'Овај догађај је завршен.',
  'org.event.cancelledExplain':
    'Овај догађај је отказан. Више не може да се мења.',
  'org.event.status': 'Статус',
  'org.event.places': 'Заузето {taken} од {capacity}',
  'org.event.waiting': {
    one: '{count} особа на листи чекања',
    few: '{count} особе на листи чекања',
    other: '{count} особа на листи чекања',
  },
  'org.event.edit': 'Измени податке',
  'org.event.publish': 'Објави догађај',
  'org.event.publicPage': 'Погледај јавну страницу',
  'org.event.registrations': 'Пријаве и листа чекања',
  'org.event.cancel': 'Откажи догађај',
  'org.event.back': 'Назад на догађаје',
  'org.event.actions': 'Шта можеш да урадиш',

  'org.sessions.title': 'Програм',
  'org.sessions.none': 'Програм је празан.',
  'org.sessions.edit': 'Измени',
  'org.sessions.remove': 'Уклони',
  'org.sessions.addTitle': 'Додај сесију',
  'org.sessions.editTitle': 'Измени сесију',
  'org.sessions.sessionTitle': 'Наслов сесије',
  'org.sessions.date': 'Датум',
  'org.sessions.startTime': 'Почиње у',
  'org.sessions.endTime': 'Завршава се у',
  'org.sessions.timesIn': 'Времена су у временској зони догађаја: {zone}.',
  'org.sessions.hall': 'Сала (није обавезно)',
  'org.sessions.hallHint':
    'Две сесије не могу истовремено да користе исту салу.',
  'org.sessions.speakers': 'Говорници (није обавезно)',
  'org.sessions.speakersHint':
    'Једно име по реду. Нико не може да говори на две сесије у исто време.',
  'org.sessions.add': 'Додај сесију',
  'org.sessions.save': 'Сачувај сесију',
  'org.sessions.backToEvent': 'Назад на догађај',
  'org.sessions.error.title': 'Унеси наслов сесије, до 200 знакова.',
  'org.sessions.error.date': 'Унеси датум, на пример 2027-03-28.',
  'org.sessions.error.startTime': 'Унеси када сесија почиње, на пример 09:30.',
  'org.sessions.error.endTime':
    'Унеси када се сесија завршава, на пример 10:30.',
  'org.sessions.error.endBeforeStart':
    'Сесија мора да се заврши после почетка.',
  'org.sessions.error.outside':
    'Сесија мора да се одржи у току догађаја: {range}.',
  'org.sessions.error.hall': 'Унеси салу у највише 100 знакова.',
  'org.sessions.error.speakers':
    'Унеси највише 20 говорника, једно име по реду, свако до 120 знакова.',
  'org.sessions.clashHall':
    '{hall} је у то време већ заузета сесијом „{title}” ({time}).',
  'org.sessions.clashSpeaker':
    '{name} у то време већ говори на сесији „{title}” ({time}).',

  'org.cancel.title': 'Откажи овај догађај',
  'org.cancel.warning': 'Ово не може да се поништи.',
  'org.cancel.what':
    'Сва места и цела листа чекања се отказују, а догађај се приказује као отказан на својој страници и у свачијем календару.',
  'org.cancel.affected': {
    one: '{count} особа има место или чека.',
    few: '{count} особе имају место или чекају.',
    other: '{count} особа има место или чека.',
  },
  'org.cancel.confirm': 'Да, откажи догађај',
  'org.cancel.keep': 'Не, задржи га',

  'org.regs.title': 'Пријаве',
  'org.regs.numbers': 'У бројевима',
  'org.regs.confirmed': 'Заузета места',
  'org.regs.waiting': 'На листи чекања',
  'org.regs.checkedIn': 'Дошли',
  'org.regs.cancelled': 'Отказано',
  'org.regs.ofCapacity': '{count} од {capacity}',
  'org.regs.exportTitle': 'Преузми списак',
  'org.regs.export': 'Преузми списак (CSV)',
  'org.regs.exportHint':
    'Табела са именима, имејл адресама, статусом и доласком. Садржи личне податке: чувај је безбедно и обриши је после догађаја.',
  'org.regs.confirmedTitle': 'Особе са местом',
  'org.regs.waitingTitle': 'Листа чекања',
  'org.regs.waitingExplain':
    'Када неко откаже, прва особа на листи сама добија место.',
  'org.regs.cancelledTitle': 'Отказане пријаве',
  'org.regs.registeredAt': 'Пријава',
  'org.regs.checkInButton': 'Забележи долазак',
  'org.regs.isCheckedIn': 'Дошао/ла',
  'org.regs.noneConfirmed': 'Још нико нема место.',
  'org.regs.noneWaiting': 'Нико не чека.',
  'org.regs.deleted': 'Обрисан налог',
  'org.regs.search': 'Пронађи особу',
  'org.regs.searchHint': 'Део имена или имејл адресе.',
  'org.regs.searchButton': 'Пронађи',
  'org.regs.showAll': 'Прикажи све',
  'org.regs.matching': 'Особе које одговарају претрази „{q}”.',
  'org.regs.capped':
    'Приказано је првих {shown} од {count}. Пронађи особу по имену да видиш остале.',

  'admin.sections': 'Администрација',
  'admin.orgs.title': 'Организације',
  'admin.orgs.shortName': 'Скраћени назив',
  'admin.orgs.name': 'Назив',
  'admin.orgs.country': 'Држава',
  'admin.orgs.base': 'Седиште',
  'admin.orgs.website': 'Веб сајт',
  'admin.orgs.none': 'Још нема организација.',
  'admin.orgs.organisers': 'Организатори',
  'admin.orgs.addTitle': 'Додај организацију',
  'admin.orgs.nameHint':
    'Пун назив, на пример Београдски центар за безбедносну политику.',
  'admin.orgs.shortNameHint':
    'До 20 слова, цифара, тачака или цртица, на пример BCSP.',
  'admin.orgs.baseLabel': 'Седиште (није обавезно)',
  'admin.orgs.baseHint': 'Град, на пример Београд.',
  'admin.orgs.websiteLabel': 'Веб сајт (није обавезно)',
  'admin.orgs.websiteHint': 'Почиње са https://.',
  'admin.orgs.add': 'Додај организацију',
  'admin.error.name': 'Унеси назив, од 2 до 200 знакова.',
  'admin.error.shortName':
    'Унеси скраћени назив од највише 20 слова, цифара, тачака или цртица.',
  'admin.error.shortNameTaken':
    'Друга организација већ користи овај скраћени назив.',
  'admin.error.country': 'Изабери државу.',
  'admin.error.base': 'Унеси град у највише 100 знакова.',
  'admin.error.website': 'Унеси веб адресу која почиње са https://.',

  'admin.org.caption': 'Организација',
  'admin.org.organisers': 'Организатори',
  'admin.org.noOrganisers': 'Ова организација још нема организаторе.',
  'admin.org.addTitle': 'Додај организатора',
  'admin.org.addIntro':
    'Овим се прави налог организатора за ову организацију. Лозинку пренеси особи телефоном или лично, никада у истој поруци са имејл адресом.',
  'admin.org.displayName': 'Име',
  'admin.org.email': 'Имејл адреса',
  'admin.org.password': 'Прва лозинка',
  'admin.org.passwordHint':
    'Најмање 8 знакова. Три или четири неповезане речи чине јаку лозинку.',
  'admin.org.add': 'Направи налог организатора',
  'admin.org.back': 'Назад на организације',
  'admin.error.displayName': 'Унеси име организатора, до 80 знакова.',
  'admin.error.email':
    'Унеси имејл адресу у исправном облику, као ime@primer.org.',
  'admin.error.emailTaken': 'Налог са овом имејл адресом већ постоји.',
  'admin.error.password': 'Унеси лозинку од 8 до 128 знакова.',

  'admin.ref.title': 'Референтни подаци',
  'admin.ref.intro':
    'Листе из којих људи бирају на профилима и на догађајима, на свим језицима платформе UraMost. Долазе са инсталацијом и не могу да се мењају на овој страници.',
  'admin.ref.communities': 'Заједнице',
  'admin.ref.topics': 'Теме',
  'admin.ref.languages': 'Језици',
  'admin.ref.places': 'Места',
  'admin.ref.code': 'Код',
  'admin.ref.country': 'Држава',

  'cal.title': 'Мој календар',
  'cal.intro':
    'Твоји догађаји могу да се појаве у календару на телефону или рачунару: сваки догађај на коме имаш место или си на листи чекања, са својим сесијама.',
  'cal.subscribeTitle': 'Претплата (препоручено)',
  'cal.subscribeText':
    'Претплата сама одржава твој календар ажурним: нове пријаве, промењена времена и отказани догађаји се појављују без икаквог труда.',
  'cal.subscribe': 'Претплати се у апликацији календара',
  'cal.copyTitle': 'Или копирај адресу',
  'cal.copyText':
    'Неки календари траже адресу, на пример Google Calendar или Outlook на вебу: изабери „додај календар са URL адресе” и налепи ову адресу.',
  'cal.address': 'Адреса твог календара',
  'cal.downloadTitle': 'Преузми једном',
  'cal.downloadText':
    'Преузимањем добијаш датотеку са догађајима онаквим какви су сада. Твој календар се не ажурира када се касније нешто промени.',
  'cal.download': 'Преузми моје догађаје (.ics датотека)',
  'cal.privateTitle': 'Чувај адресу за себе',
  'cal.privateText':
    'Свако ко има ову адресу може да види твоје догађаје. Ако си је грешком поделио/ла или си изгубио/ла телефон, направи нову адресу: стара одмах престаје да ради, а ти се поново претплатиш новом.',
  'cal.rotate': 'Направи нову адресу',

  'error.NOT_EVENT_ORGANISER':
    'Само организатори овог догађаја могу ово да виде или промене.',
  'error.SESSION_NOT_FOUND': 'Ова сесија више не постоји. Можда је уклоњена.',
  'error.SESSION_CLASH': 'Ова сесија се преклапа са другом сесијом програма.',
  'error.SESSION_OUTSIDE_EVENT':
    'Сесије програма морају да се одрже у току догађаја.',
  'error.NOT_CONFIRMED': 'Долазак се бележи само особама које имају место.',
  'error.ORGANISATION_NOT_FOUND': 'Ова организација не постоји.',
  'error.ORGANISATION_EXISTS':
    'Друга организација већ користи овај скраћени назив.',
  'error.CALENDAR_NOT_FOUND':
    'Ова адреса календара више не ради. Нову потражи под Мој календар.',
};
