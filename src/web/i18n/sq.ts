import type { Catalogue } from './translator.js';
import { liveSq } from './areas/live.js';
import { organiserSq } from './areas/organiser.js';

/** Shqip (as written in Kosovo). */
export const sq: Catalogue = {
  'site.tagline': 'një urë mes komuniteteve',
  'site.description':
    'UraMost i bashkon shqiptarët e Kosovës, serbët e Kosovës dhe qytetarët e Serbisë: shkëmbime, ngjarje dhe biseda rreth dialogut Beograd–Prishtinë.',
  'page.errorTitlePrefix': 'Gabim:',

  'layout.skipToContent': 'Kalo te përmbajtja kryesore',
  'layout.languages': 'Gjuha',
  'layout.mainNavigation': 'Menyja kryesore',
  'nav.events': 'Ngjarjet',
  'nav.myEvents': 'Ngjarjet e mia',
  'nav.profile': 'Profili',
  'nav.myData': 'Të dhënat e mia',
  'nav.signIn': 'Hyr',
  'nav.signUp': 'Krijo llogari',
  'nav.signOut': 'Dil',
  'footer.about':
    'UraMost drejtohet nga një konsorcium organizatash të shoqërisë civile nga Kosova dhe Serbia.',
  'footer.signedInAs': 'Ke hyrë si {name}.',

  'notice.signedUp':
    'Llogaria jote është gati. Na trego pak për veten, që të të sugjerojmë ngjarje dhe njerëz për t’u takuar.',
  'notice.signedIn': 'Ke hyrë në llogari.',
  'notice.signedOut': 'Ke dalë nga llogaria.',
  'notice.profileSaved': 'Profili yt u ruajt.',
  'notice.registered': 'Ke një vend në këtë ngjarje.',
  'notice.waitlisted':
    'Ngjarja është plot, prandaj je në listën e pritjes. Nëse lirohet një vend, ai është yti.',
  'notice.registrationCancelled': 'Regjistrimi yt u anulua.',
  'notice.consentGiven': 'Faleminderit. Pëlqimi dhe komuniteti yt u ruajtën.',
  'notice.communitySaved': 'Komuniteti yt u ruajt.',
  'notice.consentWithdrawn': 'Pëlqimi yt u tërhoq dhe komuniteti yt u fshi.',
  'notice.guardianSaved': 'Pëlqimi i prindit ose kujdestarit tënd u ruajt.',
  'notice.guardianWithdrawn':
    'Pëlqimi i prindit ose kujdestarit tënd u tërhoq.',
  'notice.doNotPairAdded': 'Ky person është në listën tënde.',
  'notice.doNotPairRemoved': 'Ky person nuk është më në listën tënde.',
  'notice.accountDeleted': 'Llogaria dhe të dhënat e tua u fshinë.',

  'form.problem': 'Ka një problem',
  'form.errorPrefix': 'Gabim:',

  'home.title': 'Takohuni, bisedoni dhe punoni së bashku',
  'home.heading': 'Takohuni, bisedoni dhe punoni së bashku mes komuniteteve',
  'home.lead':
    'UraMost i bashkon të rinjtë shqiptarë të Kosovës, serbët e Kosovës dhe qytetarët e Serbisë: shkëmbime mes bashkëmoshatarëve, konferenca, takime lokale dhe diskutime të drejtpërdrejta rreth dialogut Beograd–Prishtinë.',
  'home.who':
    'Drejtohet nga tetë organizata të shoqërisë civile nga Kosova dhe Serbia. Gjithçka është falas dhe ti zgjedh çfarë ndan.',
  'home.signUp': 'Krijo llogari',
  'home.signIn': 'Kam tashmë llogari',
  'home.myEvents': 'Shko te ngjarjet e mia',
  'home.howTitle': 'Si funksionon',
  'home.how1':
    'Krijo një llogari dhe trego cilat gjuhë flet dhe çfarë të intereson.',
  'home.how2':
    'Regjistrohu në ngjarje. Kur një ngjarje është plot, futu në listën e pritjes.',
  'home.how3':
    'Takohu me njerëz nga një komunitet tjetër në shkëmbime dhe bisedo në dhoma të drejtpërdrejta gjatë sesioneve.',
  'home.upcoming': 'Së shpejti',
  'home.noEvents':
    'Për momentin nuk ka ngjarje të planifikuara. Shiko përsëri së shpejti.',
  'home.allEvents': 'Shiko të gjitha ngjarjet',

  'events.title': 'Ngjarjet',
  'events.filtersLabel': 'Gjej ngjarje',
  'events.search': 'Kërko',
  'events.searchHint':
    'Një fjalë nga titulli, përshkrimi ose vendi, në çdo gjuhë ose alfabet.',
  'events.moreFilters':
    'Më shumë filtra: lloji, vendi, gjuha, organizata, datat',
  'events.kind': 'Lloji i ngjarjes',
  'events.anyKind': 'Çdo lloj',
  'events.place': 'Vendi',
  'events.anyPlace': 'Kudo',
  'events.language': 'Gjuha',
  'events.anyLanguage': 'Çdo gjuhë',
  'events.organisation': 'Organizuar nga',
  'events.anyOrganisation': 'Çdo organizatë',
  'events.from': 'Nga (data)',
  'events.to': 'Deri më (data)',
  'events.apply': 'Shfaq ngjarjet',
  'events.clear': 'Hiq filtrat',
  'events.found': { one: '{count} ngjarje', other: '{count} ngjarje' },
  'events.none': 'Për momentin nuk ka ngjarje të ardhshme.',
  'events.noneMatch':
    'Asnjë ngjarje nuk përputhet. Provo me më pak filtra ose një fjalë tjetër.',
  'events.pagination': 'Faqet e rezultateve',
  'events.previous': 'Faqja e mëparshme',
  'events.next': 'Faqja tjetër',
  'events.pageOf': 'Faqja {page} nga {pages}',
  'events.error.q': 'Shkruaj një kërkim me 100 shkronja ose më pak.',
  'events.error.kind': 'Zgjidh një lloj ngjarjeje nga lista.',
  'events.error.place': 'Zgjidh një vend nga lista.',
  'events.error.language': 'Zgjidh një gjuhë nga lista.',
  'events.error.organisation': 'Zgjidh një organizatë nga lista.',
  'events.error.date': 'Shkruaj një datë të vërtetë, për shembull 2027-03-28.',
  'events.error.toBeforeFrom':
    'Data e mbarimit duhet të jetë pas datës së fillimit.',

  'kind.conference': 'Konferencë',
  'kind.workshop': 'Punëtori',
  'kind.exchange-visit': 'Vizitë shkëmbimi',
  'kind.local-meeting': 'Takim lokal',
  'kind.webinar': 'Uebinar',
  'kind.peer-meeting': 'Takim mes bashkëmoshatarëve',

  'event.untitled': 'Ngjarje',
  'event.when': 'Kur',
  'event.where': 'Ku',
  'event.whereUnknown': 'Vendi do të njoftohet.',
  'event.online': 'Online',
  'event.onlineAt': 'Online në',
  'event.timesIn': 'Zona kohore: {zone} ({tz})',
  'event.languages': 'Gjuhët',
  'event.languagesUnknown': 'Ende nuk janë dhënë',
  'event.interpretation': 'Përkthimi',
  'event.organiser': 'Organizuar nga',
  'event.topics': 'Temat',
  'event.seats': 'Vendet',
  'event.seatsOf': '{left} nga {capacity} ende të lira',
  'event.seatsLeft': {
    one: '{count} vend i lirë',
    other: '{count} vende të lira',
  },
  'event.full': 'Plot: lista e pritjes',
  'event.status.cancelled': 'Anuluar',
  'event.status.completed': 'Përfunduar',
  'event.about': 'Rreth kësaj ngjarjeje',
  'event.agenda': 'Agjenda',
  'event.agenda.time': 'Ora',
  'event.agenda.session': 'Sesioni',
  'event.agenda.hall': 'Salla: {hall}',
  'event.agenda.speakers': 'Folësit: {names}',
  'event.back': 'Kthehu te të gjitha ngjarjet',
  'event.reg.title': 'Merr pjesë',
  'event.reg.cancelled': 'Kjo ngjarje është anuluar.',
  'event.reg.over': 'Kjo ngjarje ka përfunduar.',
  'event.reg.youHavePlace': 'Ke një vend në këtë ngjarje.',
  'event.reg.cancelLink': 'Anulo vendin tim',
  'event.reg.waitingNumber': 'Je numri {position} në listën e pritjes.',
  'event.reg.waitingHow':
    'Kur dikush anulon, personi i parë në listën e pritjes e merr vendin. Do ta shohësh te Ngjarjet e mia.',
  'event.reg.leaveLink': 'Largohu nga lista e pritjes',
  'event.reg.opensOn': 'Regjistrimi hapet më {date}.',
  'event.reg.closesOn': 'Regjistrimi mbyllet më {date}.',
  'event.registration': 'Regjistrimi',
  'event.regWindow.both': 'Nga {opens} deri më {closes}',
  'event.regWindow.opens': 'Nga {opens}',
  'event.regWindow.closes': 'Deri më {closes}',
  'event.reg.closed': 'Regjistrimi për këtë ngjarje është mbyllur.',
  'event.reg.signInFirst': 'Hyr që të regjistrohesh në këtë ngjarje.',
  'event.reg.signIn': 'Hyr për t’u regjistruar',
  'event.reg.createAccount': 'Krijo llogari',
  'event.reg.participantsOnly':
    'Vetëm llogaritë e pjesëmarrësve mund të regjistrohen në ngjarje.',
  'event.reg.register': 'Regjistrohu',
  'event.reg.fullExplain':
    'Kjo ngjarje është plot. Mund të futesh në listën e pritjes: kur dikush anulon, personi i parë në listë e merr vendin.',
  'event.reg.joinWaitlist': 'Futu në listën e pritjes',
  'event.cal.title': 'Kalendari yt',
  'event.cal.add': 'Shto në kalendar (shkarko)',
  'event.cal.addHint':
    'E shkarkon këtë ngjarje një herë si skedar për aplikacionin e kalendarit. Nëse organizatorët e ndryshojnë orarin më vonë, kalendari yt nuk do ta dijë.',
  'event.cal.subscribe': 'Abonohu në këtë ngjarje',
  'event.cal.subscribeHint':
    'E hap aplikacionin e kalendarit dhe e mban këtë ngjarje të përditësuar: ndryshimet e orarit, vendit ose agjendës shfaqen vetë.',

  'reg.confirmed': 'Vendi u konfirmua',
  'reg.waitlisted': 'Në listën e pritjes',
  'reg.waitlistedNumber': 'Lista e pritjes: numri {position}',
  'reg.cancelled': 'Anuluar',
  'reg.eventCancelled': 'Ngjarja u anulua',

  'cancel.title': 'Anulo vendin tënd',
  'cancel.titleWaitlist': 'Largohu nga lista e pritjes',
  'cancel.warning':
    'Nëse anulon, vendi yt i kalon personit të radhës në listën e pritjes dhe mund të mos e marrësh më mbrapsht.',
  'cancel.warningWaitlist':
    'Nëse largohesh nga lista e pritjes dhe futesh përsëri më vonë, do të jesh në fund të saj.',
  'cancel.confirm': 'Po, anulo vendin tim',
  'cancel.confirmWaitlist': 'Po, largohu nga lista e pritjes',
  'cancel.keep': 'Jo, mbaje',

  'signup.title': 'Krijo llogari',
  'signup.intro':
    'Me një llogari mund të regjistrohesh në ngjarje, të marrësh pjesë në shkëmbime dhe të bisedosh në dhoma të drejtpërdrejta. Është falas.',
  'signup.displayName': 'Emri yt',
  'signup.displayNameHint':
    'Pjesëmarrësit e tjerë e shohin këtë emër. Mjafton emri.',
  'signup.email': 'Adresa e e-mailit',
  'signup.emailHint':
    'E përdorim për të të kyçur dhe për të të njoftuar për ngjarjet e tua.',
  'signup.password': 'Fjalëkalimi',
  'signup.passwordHint':
    'Të paktën 8 shenja. Tri ose katër fjalë pa lidhje mes tyre bëjnë një fjalëkalim të fortë.',
  'signup.locale': 'Gjuha për UraMost',
  'signup.localeHint': 'Mund ta ndryshosh në çdo kohë.',
  'signup.privacy':
    'Kërkojmë vetëm atë që i duhet programit. Mund t’i shkarkosh ose t’i fshish të dhënat e tua në çdo kohë.',
  'signup.submit': 'Krijo llogarinë time',
  'signup.haveAccount': 'Ke tashmë llogari?',
  'signup.signInInstead': 'Hyr',
  'signup.error.displayName': 'Shkruaj emrin tënd, deri në 80 shenja.',
  'signup.error.email':
    'Shkruaj një adresë e-maili në formatin e duhur, si emri@shembull.org.',
  'signup.error.emailMissing': 'Shkruaj adresën tënde të e-mailit.',
  'signup.error.locale': 'Zgjidh një gjuhë.',

  'login.title': 'Hyr',
  'login.email': 'Adresa e e-mailit',
  'login.password': 'Fjalëkalimi',
  'login.submit': 'Hyr',
  'login.noAccount': 'Nuk ke ende llogari?',
  'login.signUpInstead': 'Krijo llogari',
  'login.error.email': 'Shkruaj adresën tënde të e-mailit.',
  'login.error.password': 'Shkruaj fjalëkalimin tënd.',

  'profile.title': 'Profili yt',
  'profile.incomplete':
    'Shto vitin e lindjes dhe të paktën një gjuhë, që të mund të regjistrohesh në ngjarje dhe të çiftëzohesh.',
  'profile.displayName': 'Emri yt',
  'profile.displayNameHint': 'Pjesëmarrësit e tjerë e shohin këtë emër.',
  'profile.birthYear': 'Viti i lindjes',
  'profile.birthYearHint':
    'Për shembull 2004. Pjesëmarrësve nën 16 vjeç u duhet pëlqimi i prindit ose kujdestarit.',
  'profile.place': 'Ku jeton',
  'profile.placeHint':
    'Na ndihmon të të sugjerojmë ngjarje dhe takime afër teje.',
  'profile.placeNone': 'Preferoj të mos e them',
  'profile.languages': 'Gjuhët që flet',
  'profile.languagesHint':
    'Zgjidh sa mirë e flet secilën gjuhë. Të tjerat lëri bosh.',
  'profile.interests': 'Temat që të interesojnë',
  'profile.interestsHint': 'Zgjidh sa të duash.',
  'profile.availability': 'Kur ke zakonisht kohë të lirë',
  'profile.availabilityHint':
    'Shëno kohët e javës kur mund të takohesh. I përdorim për të sugjeruar orare takimesh.',
  'profile.slot': '{day}, {part}',
  'profile.bio': 'Rreth teje (opsionale)',
  'profile.bioHint':
    'Disa fjalë për njerëzit që takon, deri në 500 shenja. Të lutem mos e shkruaj këtu komunitetin tënd.',
  'profile.locale': 'Gjuha për UraMost',
  'profile.localeHint': 'Faqet dhe e-mailet tona për ty përdorin këtë gjuhë.',
  'profile.save': 'Ruaj profilin tim',
  'profile.error.displayName': 'Shkruaj emrin tënd, deri në 80 shenja.',
  'profile.error.birthYear':
    'Shkruaj vitin e lindjes me 4 shifra, për shembull 2004. Duhet të jesh të paktën 10 vjeç.',
  'profile.error.birthYearMissing':
    'Shkruaj vitin e lindjes. Pasi jepet, nuk mund të hiqet.',
  'profile.error.place': 'Zgjidh një vend nga lista.',
  'profile.error.languages':
    'Për çdo gjuhë që flet, zgjidh një nivel nga lista.',
  'profile.error.interests': 'Zgjidh tema nga lista.',
  'profile.error.availability': 'Zgjidh kohë nga tabela.',
  'profile.error.bio': 'Shkruaj 500 shenja ose më pak për veten.',
  'profile.error.locale': 'Zgjidh një gjuhë për UraMost.',

  'level.none': 'Nuk e flas',
  'level.basic': 'Pak',
  'level.conversational': 'Mjaftueshëm për të biseduar',
  'level.fluent': 'Rrjedhshëm',

  'day.mon': 'E hënë',
  'day.tue': 'E martë',
  'day.wed': 'E mërkurë',
  'day.thu': 'E enjte',
  'day.fri': 'E premte',
  'day.sat': 'E shtunë',
  'day.sun': 'E diel',
  'part.morning': 'paradite',
  'part.afternoon': 'pasdite',
  'part.evening': 'mbrëmje',

  'place.kosovo': 'Kosova',
  'place.serbia': 'Serbia',

  'community.title': 'Komuniteti yt',
  'community.why':
    'Është zgjedhja jote nëse na e tregon komunitetin tënd. Na ndihmon të të çiftëzojmë me dikë nga një komunitet tjetër. Mund të marrësh pjesë në gjithçka edhe pa të.',
  'community.label': 'Komuniteti',
  'community.choose': 'Zgjidh komunitetin tënd',
  'community.notSay': 'Preferoj të mos e them',
  'community.consentLegend': 'Pëlqimi yt',
  'community.give': 'Pajtohem dhe ruaj komunitetin tim',
  'community.save': 'Ruaj komunitetin tim',
  'community.consentGiven': 'Pëlqimi është dhënë',
  'community.withdrawExplain':
    'Nëse e tërheq pëlqimin, e fshijmë menjëherë komunitetin tënd. Llogaria dhe vendet e tua në ngjarje mbeten.',
  'community.withdraw': 'Tërhiq pëlqimin dhe fshi komunitetin tim',
  'community.error.choose': 'Zgjidh komunitetin tënd nga lista.',
  'community.error.consent':
    'Shëno kutinë për të pranuar, ose lëre bosh këtë pjesë: komuniteti yt ruhet vetëm me pëlqimin tënd.',

  'consent.community.heading': 'Për çfarë pajtohesh',
  'consent.community.text':
    'UraMost regjistron se cilit komunitet i përket, vetëm për të të çiftëzuar me njerëz nga komunitete të tjera dhe për të numëruar pjesëmarrësit në mënyrë anonime (asnjë numër nën 5 nuk shfaqet kurrë). Askush tjetër nuk e sheh komunitetin tënd: as pjesëmarrësit e tjerë, as organizatorët. Mund ta tërheqësh pëlqimin në çdo kohë dhe atëherë komuniteti yt fshihet.',
  'consent.community.agree':
    'Pajtohem që UraMost ta regjistrojë komunitetin tim për çiftëzim dhe numërime anonime, siç përshkruhet më sipër.',
  'consent.guardian.text':
    'Si prind ose kujdestar ligjor, pajtohem që ky i ri ose kjo e re të marrë pjesë në shkëmbimet, ngjarjet dhe dhomat e moderuara të diskutimit të UraMost. Mund ta tërheq këtë pëlqim në çdo kohë.',
  'consent.guardian.agree': 'Jam prindi ose kujdestari ligjor dhe pajtohem.',

  'guardian.title': 'Pëlqimi i prindit ose kujdestarit',
  'guardian.why':
    'Pjesëmarrësve nën 16 vjeç u duhet pëlqimi i prindit ose kujdestarit ligjor para se të regjistrohen në ngjarje ose shkëmbime. Plotësojeni së bashku.',
  'guardian.needed':
    'Nuk mund të regjistrohesh në ngjarje ose shkëmbime derisa prindi ose kujdestari të japë pëlqimin.',
  'guardian.name': 'Emri i plotë i prindit ose kujdestarit',
  'guardian.contact': 'Adresa e e-mailit ose numri i telefonit të tyre',
  'guardian.contactHint':
    'Organizatorët mund t’i kontaktojnë për pjesëmarrjen tënde.',
  'guardian.agreeLegend': 'Pëlqimi',
  'guardian.give': 'Ruaj pëlqimin',
  'guardian.given': 'Pëlqimi është dhënë',
  'guardian.givenBy': 'Dhënë nga {name} më {date}.',
  'guardian.withdraw': 'Tërhiq këtë pëlqim',
  'guardian.error.name':
    'Shkruaj emrin e plotë të prindit ose kujdestarit (2 deri në 120 shenja).',
  'guardian.error.contact':
    'Shkruaj adresën e e-mailit ose numrin e telefonit (5 deri në 254 shenja).',
  'guardian.error.agree':
    'Prindi ose kujdestari duhet ta shënojë kutinë për të pranuar.',

  'dnp.title': 'Njerëzit me të cilët nuk do të çiftëzohesh',
  'dnp.why':
    'Nuk do të të çiftëzojmë kurrë me njerëzit në këtë listë. Vetëm ti e sheh: atyre nuk u tregohet.',
  'dnp.empty': 'Lista jote është bosh.',
  'dnp.email': 'Adresa e e-mailit të personit',
  'dnp.emailHint': 'Adresa që ai ose ajo përdor për UraMost.',
  'dnp.add': 'Shto në listën time',
  'dnp.remove': 'Hiq',
  'dnp.error.email':
    'Shkruaj një adresë e-maili në formatin e duhur, si emri@shembull.org.',

  'myEvents.title': 'Ngjarjet e mia',
  'myEvents.none': 'Ende nuk je regjistruar në asnjë ngjarje.',
  'myEvents.find': 'Gjej një ngjarje',
  'myEvents.upcoming': 'Së shpejti',
  'myEvents.past': 'Të kaluara dhe të anuluara',

  'myData.title': 'Të dhënat e mia',
  'myData.intro': 'Kjo është ajo që UraMost mban për ty:',
  'myData.holds.account':
    'llogarinë tënde: emrin, adresën e e-mailit ({email}) dhe gjuhën;',
  'myData.holds.profile':
    'profilin tënd: vitin e lindjes, vendin, gjuhët, temat, kohët e lira, tekstin për veten, komunitetin nëse ke dhënë pëlqimin dhe listën "mos më çiftëzo";',
  'myData.holds.consents':
    'çdo pëlqim që ke dhënë ose tërhequr, me datën dhe tekstin që ke parë;',
  'myData.holds.registrations': 'regjistrimet e tua në ngjarje.',
  'myData.exportTitle': 'Shkarko të dhënat e tua',
  'myData.exportText':
    'Merr një skedar (JSON) me gjithçka që u përmend më sipër. Mund ta hapësh me një redaktor teksti.',
  'myData.export': 'Shkarko të dhënat e mia',
  'myData.deleteTitle': 'Fshi llogarinë tënde',
  'myData.deleteText':
    'Mund ta fshish llogarinë dhe të dhënat e tua në çdo kohë. Do të të kërkohet konfirmimi.',
  'myData.delete': 'Fshi llogarinë time',

  'delete.title': 'Fshi llogarinë tënde',
  'delete.warning': 'Ky veprim nuk mund të zhbëhet.',
  'delete.what1': 'Llogaria, profili dhe pëlqimet e tua fshihen.',
  'delete.what2':
    'Vendet e tua në ngjarje anulohen dhe u kalojnë njerëzve në listat e pritjes.',
  'delete.what3':
    'Mesazhet që ke shkruar në dhomat e diskutimit mbeten, pa emrin tënd.',
  'delete.exportFirst': 'Ndoshta do t’i shkarkosh më parë të dhënat e tua:',
  'delete.confirmLegend': 'Konfirmo',
  'delete.confirmLabel':
    'E kuptoj që llogaria dhe të dhënat e mia do të fshihen përgjithmonë.',
  'delete.submit': 'Fshi llogarinë time',
  'delete.keep': 'Jo, mbaje llogarinë time',
  'delete.error.confirm':
    'Shëno kutinë për të konfirmuar që do ta fshish llogarinë.',

  'errorPage.notFound': 'Faqja nuk u gjet',
  'errorPage.forbidden': 'Nuk mund ta bësh këtë',
  'errorPage.expired': 'Ky formular ka skaduar',
  'errorPage.tooMany': 'Shumë përpjekje',
  'errorPage.problem': 'Na vjen keq, ka një problem me shërbimin',
  'errorPage.cannot': 'Kjo nuk funksionoi',
  'errorPage.reference':
    'Nëse na kontakton, të lutem jepe këtë referencë: {id}',
  'errorPage.home': 'Shko te faqja kryesore',
  'errorPage.events': 'Shiko të gjitha ngjarjet',

  'error.generic':
    'Diçka në këtë kërkesë nuk është në rregull. Kthehu mbrapa dhe provo përsëri.',
  'error.NOT_FOUND':
    'Nëse e ke shkruar adresën, kontrollo që është e saktë. Faqja mund të jetë hequr.',
  'error.FORBIDDEN': 'Llogaria jote nuk lejohet ta bëjë këtë.',
  'error.RATE_LIMITED':
    'Pati shumë përpjekje. Prit disa minuta dhe provo përsëri.',
  'error.INTERNAL_ERROR':
    'Diçka shkoi keq nga ana jonë. Provo përsëri më vonë.',
  'error.DATABASE_UNAVAILABLE':
    'Shërbimi nuk është në dispozicion për një çast. Asgjë nuk u ndryshua. Provo përsëri pas pak.',
  'error.PAYLOAD_TOO_LARGE':
    'Ajo që dërgove është shumë e gjatë. Shkurtoje dhe provo përsëri.',
  'error.CSRF_FAILED':
    'Për sigurinë tënde, formularët skadojnë. Kthehu mbrapa, ringarko faqen dhe provo përsëri.',
  'error.UNAUTHENTICATED': 'Të lutem hyr për ta bërë këtë.',
  'error.VALIDATION_FAILED':
    'Disa nga përgjigjet nuk janë në rregull. Kontrolloji dhe provo përsëri.',
  'error.EMAIL_TAKEN':
    'Ekziston tashmë një llogari me këtë adresë e-maili. Hyr, ose përdor një adresë tjetër.',
  'error.PASSWORD_LENGTH': 'Shkruaj një fjalëkalim me 8 deri në 128 shenja.',
  'error.PASSWORD_TOO_COMMON':
    'Ky fjalëkalim është nga më të zakonshmit dhe merret me mend lehtë. Zgjidh një tjetër, për shembull tri ose katër fjalë pa lidhje mes tyre.',
  'error.INVALID_CREDENTIALS':
    'Adresa e e-mailit ose fjalëkalimi nuk është i saktë.',
  'error.ACCOUNT_SUSPENDED':
    'Kjo llogari është pezulluar. Të lutem kontakto organizatorët.',
  'error.EVENT_NOT_FOUND': 'Kjo ngjarje nuk ekziston ose nuk është publikuar.',
  'error.EVENT_CANCELLED': 'Kjo ngjarje është anuluar.',
  'error.EVENT_NOT_PUBLISHED':
    'Kjo ngjarje ende nuk është e hapur për regjistrim.',
  'error.EVENT_OVER': 'Kjo ngjarje ka përfunduar.',
  'error.REGISTRATION_NOT_OPEN':
    'Regjistrimi për këtë ngjarje ende nuk është hapur.',
  'error.REGISTRATION_CLOSED': 'Regjistrimi për këtë ngjarje është mbyllur.',
  'error.REGISTRATION_NOT_FOUND': 'Nuk ke regjistrim në këtë ngjarje.',
  'error.PROFILE_INCOMPLETE':
    'Shto më parë vitin e lindjes në profilin tënd, pastaj regjistrohu përsëri.',
  'error.GUARDIAN_CONSENT_REQUIRED':
    'Pjesëmarrësve nën 16 vjeç u duhet më parë pëlqimi i prindit ose kujdestarit. Mund ta japësh në faqen e profilit.',
  'error.PARTICIPANTS_ONLY':
    'Vetëm llogaritë e pjesëmarrësve mund të regjistrohen në ngjarje.',
  'error.COMMUNITY_CONSENT_REQUIRED':
    'Komuniteti yt mund të ruhet vetëm me pëlqimin tënd. Shëno më parë kutinë për të pranuar.',
  'error.CONSENT_TEXT_OUTDATED':
    'Teksti i pëlqimit ka ndryshuar që kur u hap faqja. Lexoje përsëri dhe pajtohu përsëri.',
  'error.DNP_NOT_FOUND':
    'Asnjë pjesëmarrës nuk e përdor këtë adresë e-maili. Kontrolloje, ose pyete personin cilën adresë përdor.',
  'error.DNP_SELF': 'Nuk mund ta shtosh veten.',
  'error.DNP_FULL': 'Lista jote është plot (50 persona). Hiq më parë dikë.',
  ...organiserSq,
  ...liveSq,
};
