import type { Catalogue } from './translator.js';
import { liveSrCyrl } from './areas/live.js';
import { organiserSrCyrl } from './areas/organiser.js';

/** Српски, ћирилица. The Latin catalogue is generated from this one (cyrillicToLatin). */
export const srCyrl: Catalogue = {
  'site.tagline': 'мост између заједница',
  'site.description':
    'UraMost окупља косовске Албанце, косовске Србе и грађане Србије: размене, догађаји и разговори о дијалогу Београд–Приштина.',
  'page.errorTitlePrefix': 'Грешка:',

  'layout.skipToContent': 'Пређи на главни садржај',
  'layout.languages': 'Језик',
  'layout.mainNavigation': 'Главни мени',
  'nav.events': 'Догађаји',
  'nav.myEvents': 'Моји догађаји',
  'nav.profile': 'Профил',
  'nav.myData': 'Моји подаци',
  'nav.signIn': 'Пријава',
  'nav.signUp': 'Направи налог',
  'nav.signOut': 'Одјава',
  'footer.about':
    'UraMost води конзорцијум организација цивилног друштва са Косова и из Србије.',
  'footer.signedInAs': 'Пријављен/а си као {name}.',

  'notice.signedUp':
    'Твој налог је спреман. Реци нам нешто о себи да бисмо ти предложили догађаје и људе за упознавање.',
  'notice.signedIn': 'Пријављен/а си.',
  'notice.signedOut': 'Одјављен/а си.',
  'notice.profileSaved': 'Твој профил је сачуван.',
  'notice.registered': 'Имаш место на овом догађају.',
  'notice.waitlisted':
    'Догађај је попуњен, па си на листи чекања. Ако се место ослободи, твоје је.',
  'notice.registrationCancelled': 'Твоја пријава је отказана.',
  'notice.consentGiven':
    'Хвала. Твоја сагласност и твоја заједница су сачувани.',
  'notice.communitySaved': 'Твоја заједница је сачувана.',
  'notice.consentWithdrawn':
    'Твоја сагласност је повучена, а твоја заједница обрисана.',
  'notice.guardianSaved': 'Сагласност твог родитеља или старатеља је сачувана.',
  'notice.guardianWithdrawn':
    'Сагласност твог родитеља или старатеља је повучена.',
  'notice.doNotPairAdded': 'Ова особа је на твојој листи.',
  'notice.doNotPairRemoved': 'Ова особа више није на твојој листи.',
  'notice.accountDeleted': 'Твој налог и твоји подаци су обрисани.',

  'form.problem': 'Постоји проблем',
  'form.errorPrefix': 'Грешка:',

  'home.title': 'Упознајте се, разговарајте и радите заједно',
  'home.heading':
    'Упознајте се, разговарајте и радите заједно, преко граница заједница',
  'home.lead':
    'UraMost окупља младе косовске Албанце, косовске Србе и грађане Србије: вршњачке размене, конференције, локалне састанке и разговоре уживо о дијалогу Београд–Приштина.',
  'home.who':
    'Воде га осам организација цивилног друштва са Косова и из Србије. Све је бесплатно, а ти бираш шта делиш.',
  'home.signUp': 'Направи налог',
  'home.signIn': 'Већ имам налог',
  'home.myEvents': 'Иди на моје догађаје',
  'home.howTitle': 'Како функционише',
  'home.how1': 'Направи налог и реци којим језицима говориш и шта те занима.',
  'home.how2':
    'Пријави се на догађаје. Када је догађај попуњен, упиши се на листу чекања.',
  'home.how3':
    'Упознај људе из друге заједнице кроз размене и разговарај у собама уживо током сесија.',
  'home.upcoming': 'Ускоро',
  'home.noEvents': 'Тренутно нема планираних догађаја. Погледај поново ускоро.',
  'home.allEvents': 'Погледај све догађаје',

  'events.title': 'Догађаји',
  'events.filtersLabel': 'Пронађи догађаје',
  'events.search': 'Претрага',
  'events.searchHint':
    'Реч из наслова, описа или места, на било ком језику и писму.',
  'events.moreFilters':
    'Више филтера: врста, место, језик, организација, датуми',
  'events.kind': 'Врста догађаја',
  'events.anyKind': 'Било која врста',
  'events.place': 'Место',
  'events.anyPlace': 'Било где',
  'events.language': 'Језик',
  'events.anyLanguage': 'Било који језик',
  'events.organisation': 'Организатор',
  'events.anyOrganisation': 'Било која организација',
  'events.from': 'Од (датум)',
  'events.to': 'До (датум)',
  'events.apply': 'Прикажи догађаје',
  'events.clear': 'Уклони филтере',
  'events.found': {
    one: '{count} догађај',
    few: '{count} догађаја',
    other: '{count} догађаја',
  },
  'events.none': 'Тренутно нема предстојећих догађаја.',
  'events.noneMatch':
    'Ниједан догађај не одговара. Пробај са мање филтера или другом речју.',
  'events.pagination': 'Странице резултата',
  'events.previous': 'Претходна страница',
  'events.next': 'Следећа страница',
  'events.pageOf': 'Страница {page} од {pages}',
  'events.error.q': 'Унеси претрагу од највише 100 знакова.',
  'events.error.kind': 'Изабери врсту догађаја са листе.',
  'events.error.place': 'Изабери место са листе.',
  'events.error.language': 'Изабери језик са листе.',
  'events.error.organisation': 'Изабери организацију са листе.',
  'events.error.date': 'Унеси стваран датум, на пример 2027-03-28.',
  'events.error.toBeforeFrom': 'Крајњи датум мора бити после почетног.',

  'kind.conference': 'Конференција',
  'kind.workshop': 'Радионица',
  'kind.exchange-visit': 'Студијска посета',
  'kind.local-meeting': 'Локални састанак',
  'kind.webinar': 'Вебинар',
  'kind.peer-meeting': 'Вршњачки сусрет',

  'event.untitled': 'Догађај',
  'event.when': 'Када',
  'event.where': 'Где',
  'event.whereUnknown': 'Место ће бити објављено.',
  'event.online': 'Онлајн',
  'event.onlineAt': 'Онлајн на адреси',
  'event.timesIn': 'Временска зона: {zone} ({tz})',
  'event.languages': 'Језици',
  'event.languagesUnknown': 'Још нису наведени',
  'event.interpretation': 'Превођење',
  'event.organiser': 'Организатор',
  'event.topics': 'Теме',
  'event.seats': 'Места',
  'event.seatsOf': 'Слободно је још {left} од {capacity}',
  'event.seatsLeft': {
    one: 'Још {count} слободно место',
    few: 'Још {count} слободна места',
    other: 'Још {count} слободних места',
  },
  'event.full': 'Попуњено: листа чекања',
  'event.status.cancelled': 'Отказано',
  'event.status.completed': 'Завршено',
  'event.about': 'О овом догађају',
  'event.agenda': 'Програм',
  'event.agenda.time': 'Време',
  'event.agenda.session': 'Сесија',
  'event.agenda.hall': 'Сала: {hall}',
  'event.agenda.speakers': 'Говорници: {names}',
  'event.back': 'Назад на све догађаје',
  'event.reg.title': 'Учествуј',
  'event.reg.cancelled': 'Овај догађај је отказан.',
  'event.reg.over': 'Овај догађај је завршен.',
  'event.reg.youHavePlace': 'Имаш место на овом догађају.',
  'event.reg.cancelLink': 'Откажи моје место',
  'event.reg.waitingNumber': 'Ти си број {position} на листи чекања.',
  'event.reg.waitingHow':
    'Када неко откаже, прва особа на листи чекања добија место. Видећеш то под Моји догађаји.',
  'event.reg.leaveLink': 'Изађи са листе чекања',
  'event.reg.opensOn': 'Пријаве почињу {date}.',
  'event.reg.closesOn': 'Пријаве се затварају {date}.',
  'event.registration': 'Пријаве',
  'event.regWindow.both': 'Од {opens} до {closes}',
  'event.regWindow.opens': 'Од {opens}',
  'event.regWindow.closes': 'До {closes}',
  'event.reg.closed': 'Пријаве за овај догађај су затворене.',
  'event.reg.signInFirst':
    'Пријави се на налог да би се пријавио/ла на овај догађај.',
  'event.reg.signIn': 'Пријави се на налог',
  'event.reg.createAccount': 'Направи налог',
  'event.reg.participantsOnly':
    'Само налози учесника могу да се пријаве на догађаје.',
  'event.reg.register': 'Пријави ме',
  'event.reg.fullExplain':
    'Овај догађај је попуњен. Можеш да се упишеш на листу чекања: када неко откаже, прва особа на листи добија место.',
  'event.reg.joinWaitlist': 'Упиши ме на листу чекања',
  'event.cal.title': 'Твој календар',
  'event.cal.add': 'Додај у календар (преузми)',
  'event.cal.addHint':
    'Једном преузима овај догађај као датотеку за апликацију календара. Ако организатори касније промене време, твој календар то неће знати.',
  'event.cal.subscribe': 'Претплати се на овај догађај',
  'event.cal.subscribeHint':
    'Отвара апликацију календара и одржава овај догађај ажурним: промене времена, места или програма појављују се саме.',

  'reg.confirmed': 'Место потврђено',
  'reg.waitlisted': 'На листи чекања',
  'reg.waitlistedNumber': 'Листа чекања: број {position}',
  'reg.cancelled': 'Отказано',
  'reg.eventCancelled': 'Догађај отказан',

  'cancel.title': 'Откажи своје место',
  'cancel.titleWaitlist': 'Изађи са листе чекања',
  'cancel.warning':
    'Ако откажеш, твоје место добија следећа особа на листи чекања и можда га нећеш вратити.',
  'cancel.warningWaitlist':
    'Ако изађеш са листе чекања и касније се поново упишеш, бићеш на њеном крају.',
  'cancel.confirm': 'Да, откажи моје место',
  'cancel.confirmWaitlist': 'Да, изађи са листе чекања',
  'cancel.keep': 'Не, задржи',

  'signup.title': 'Направи налог',
  'signup.intro':
    'Са налогом можеш да се пријављујеш на догађаје, учествујеш у разменама и разговараш у собама уживо. Бесплатно је.',
  'signup.displayName': 'Твоје име',
  'signup.displayNameHint': 'Остали учесници виде ово име. Довољно је име.',
  'signup.email': 'Имејл адреса',
  'signup.emailHint':
    'Користимо је за пријаву и да те обавестимо о твојим догађајима.',
  'signup.password': 'Лозинка',
  'signup.passwordHint':
    'Најмање 8 знакова. Три или четири неповезане речи чине јаку лозинку.',
  'signup.locale': 'Језик за UraMost',
  'signup.localeHint': 'Можеш да га промениш кад год желиш.',
  'signup.privacy':
    'Тражимо само оно што је програму потребно. Своје податке можеш да преузмеш или обришеш кад год желиш.',
  'signup.submit': 'Направи мој налог',
  'signup.haveAccount': 'Већ имаш налог?',
  'signup.signInInstead': 'Пријави се',
  'signup.error.displayName': 'Унеси своје име, до 80 знакова.',
  'signup.error.email':
    'Унеси имејл адресу у исправном облику, на пример ime@primer.org.',
  'signup.error.emailMissing': 'Унеси своју имејл адресу.',
  'signup.error.locale': 'Изабери језик.',

  'login.title': 'Пријава',
  'login.email': 'Имејл адреса',
  'login.password': 'Лозинка',
  'login.submit': 'Пријави се',
  'login.noAccount': 'Још немаш налог?',
  'login.signUpInstead': 'Направи налог',
  'login.error.email': 'Унеси своју имејл адресу.',
  'login.error.password': 'Унеси своју лозинку.',

  'profile.title': 'Твој профил',
  'profile.incomplete':
    'Додај годину рођења и бар један језик да би могао/ла да се пријављујеш на догађаје и добијеш пар.',
  'profile.displayName': 'Твоје име',
  'profile.displayNameHint': 'Остали учесници виде ово име.',
  'profile.birthYear': 'Година рођења',
  'profile.birthYearHint':
    'На пример 2004. Учесницима млађим од 16 година потребна је сагласност родитеља или старатеља.',
  'profile.place': 'Где живиш',
  'profile.placeHint':
    'Помаже нам да ти предложимо догађаје и сусрете у твојој близини.',
  'profile.placeNone': 'Радије не бих рекао/ла',
  'profile.languages': 'Језици којима говориш',
  'profile.languagesHint':
    'Изабери колико добро говориш сваки језик. Остале остави празне.',
  'profile.interests': 'Теме које те занимају',
  'profile.interestsHint': 'Изабери колико год желиш.',
  'profile.availability': 'Када си обично слободан/на',
  'profile.availabilityHint':
    'Означи термине у недељи када би могао/ла да се нађеш. Користимо их да предложимо време сусрета.',
  'profile.slot': '{day}, {part}',
  'profile.bio': 'О теби (није обавезно)',
  'profile.bioHint':
    'Неколико речи за људе које упознајеш, до 500 знакова. Молимо те да овде не пишеш своју заједницу.',
  'profile.locale': 'Језик за UraMost',
  'profile.localeHint': 'Странице и наши имејлови теби користе овај језик.',
  'profile.save': 'Сачувај мој профил',
  'profile.error.displayName': 'Унеси своје име, до 80 знакова.',
  'profile.error.birthYear':
    'Унеси годину рођења са 4 цифре, на пример 2004. Мораш имати најмање 10 година.',
  'profile.error.birthYearMissing':
    'Унеси годину рођења. Када је једном унета, не може се уклонити.',
  'profile.error.place': 'Изабери место са листе.',
  'profile.error.languages':
    'За сваки језик којим говориш изабери ниво са листе.',
  'profile.error.interests': 'Изабери теме са листе.',
  'profile.error.availability': 'Изабери термине из табеле.',
  'profile.error.bio': 'Напиши о себи највише 500 знакова.',
  'profile.error.locale': 'Изабери језик за UraMost.',

  'level.none': 'Не говорим га',
  'level.basic': 'Мало',
  'level.conversational': 'Довољно за разговор',
  'level.fluent': 'Течно',

  'day.mon': 'Понедељак',
  'day.tue': 'Уторак',
  'day.wed': 'Среда',
  'day.thu': 'Четвртак',
  'day.fri': 'Петак',
  'day.sat': 'Субота',
  'day.sun': 'Недеља',
  'part.morning': 'пре подне',
  'part.afternoon': 'после подне',
  'part.evening': 'увече',

  'place.kosovo': 'Косово',
  'place.serbia': 'Србија',

  'community.title': 'Твоја заједница',
  'community.why':
    'Да ли ћеш нам рећи своју заједницу, твој је избор. То нам помаже да те упаримо са неким из друге заједнице. У свему можеш да учествујеш и без тога.',
  'community.label': 'Заједница',
  'community.choose': 'Изабери своју заједницу',
  'community.notSay': 'Радије не бих рекао/ла',
  'community.consentLegend': 'Твоја сагласност',
  'community.give': 'Сагласан/на сам, сачувај моју заједницу',
  'community.save': 'Сачувај моју заједницу',
  'community.consentGiven': 'Сагласност дата',
  'community.withdrawExplain':
    'Ако повучеш сагласност, одмах бришемо твоју заједницу. Задржаваш налог и своја места на догађајима.',
  'community.withdraw': 'Повуци сагласност и обриши моју заједницу',
  'community.error.choose': 'Изабери своју заједницу са листе.',
  'community.error.consent':
    'Означи поље да би дао/ла сагласност, или остави овај део празан: твоја заједница се чува само уз твоју сагласност.',

  'consent.community.heading': 'На шта пристајеш',
  'consent.community.text':
    'UraMost бележи којој заједници припадаш, само да би те упарио са људима из других заједница и да би анонимно бројао учеснике (ниједан број мањи од 5 се никада не приказује). Нико други не види твоју заједницу: ни остали учесници, ни организатори. Сагласност можеш да повучеш кад год желиш и тада се твоја заједница брише.',
  'consent.community.agree':
    'Сагласан/на сам да UraMost бележи моју заједницу ради упаривања и анонимног бројања, како је горе описано.',
  'consent.guardian.text':
    'Као родитељ или законски старатељ, сагласан/на сам да ова млада особа учествује у разменама, догађајима и модерираним собама за разговор на платформи UraMost. Ову сагласност могу да повучем кад год желим.',
  'consent.guardian.agree':
    'Ја сам родитељ или законски старатељ и сагласан/на сам.',

  'guardian.title': 'Сагласност родитеља или старатеља',
  'guardian.why':
    'Учесницима млађим од 16 година потребна је сагласност родитеља или законског старатеља пре пријаве на догађаје или размене. Попуните ово заједно.',
  'guardian.needed':
    'Не можеш да се пријавиш на догађаје или размене док родитељ или старатељ не да сагласност.',
  'guardian.name': 'Пуно име родитеља или старатеља',
  'guardian.contact': 'Њихова имејл адреса или број телефона',
  'guardian.contactHint':
    'Организатори могу да их контактирају у вези са твојим учешћем.',
  'guardian.agreeLegend': 'Сагласност',
  'guardian.give': 'Сачувај сагласност',
  'guardian.given': 'Сагласност дата',
  'guardian.givenBy': 'Дао/ла: {name}, {date}.',
  'guardian.withdraw': 'Повуци ову сагласност',
  'guardian.error.name':
    'Унеси пуно име родитеља или старатеља (од 2 до 120 знакова).',
  'guardian.error.contact':
    'Унеси њихову имејл адресу или број телефона (од 5 до 254 знака).',
  'guardian.error.agree':
    'Родитељ или старатељ мора да означи поље да би дао сагласност.',

  'dnp.title': 'Особе са којима не желиш да будеш у пару',
  'dnp.why':
    'Никада те нећемо упарити са особама са ове листе. Само је ти видиш: њима се то не јавља.',
  'dnp.empty': 'Твоја листа је празна.',
  'dnp.email': 'Имејл адреса особе',
  'dnp.emailHint': 'Адреса коју та особа користи за UraMost.',
  'dnp.add': 'Додај на моју листу',
  'dnp.remove': 'Уклони',
  'dnp.error.email':
    'Унеси имејл адресу у исправном облику, на пример ime@primer.org.',

  'myEvents.title': 'Моји догађаји',
  'myEvents.none': 'Још се ниси пријавио/ла ни на један догађај.',
  'myEvents.find': 'Пронађи догађај',
  'myEvents.upcoming': 'Ускоро',
  'myEvents.past': 'Прошли и отказани',

  'myData.title': 'Моји подаци',
  'myData.intro': 'Ово UraMost чува о теби:',
  'myData.holds.account': 'твој налог: име, имејл адресу ({email}) и језик;',
  'myData.holds.profile':
    'твој профил: годину рођења, место, језике, теме, слободне термине, текст о теби, заједницу ако си дао/ла сагласност и листу „не упаруј ме”;',
  'myData.holds.consents':
    'сваку сагласност коју си дао/ла или повукао/ла, са датумом и текстом који си видео/ла;',
  'myData.holds.registrations': 'твоје пријаве на догађаје.',
  'myData.exportTitle': 'Преузми своје податке',
  'myData.exportText':
    'Добијаш једну датотеку (JSON) са свим наведеним. Можеш да је отвориш у уређивачу текста.',
  'myData.export': 'Преузми моје податке',
  'myData.deleteTitle': 'Обриши свој налог',
  'myData.deleteText':
    'Свој налог и своје податке можеш да обришеш кад год желиш. Бићеш упитан/а за потврду.',
  'myData.delete': 'Обриши мој налог',

  'delete.title': 'Обриши свој налог',
  'delete.warning': 'Ово се не може опозвати.',
  'delete.what1': 'Твој налог, профил и сагласности се бришу.',
  'delete.what2':
    'Твоја места на догађајима се отказују и добијају их људи са листа чекања.',
  'delete.what3':
    'Поруке које си написао/ла у собама за разговор остају, без твог имена.',
  'delete.exportFirst': 'Можда желиш прво да преузмеш своје податке:',
  'delete.confirmLegend': 'Потврди',
  'delete.confirmLabel':
    'Разумем да ће мој налог и моји подаци бити трајно обрисани.',
  'delete.submit': 'Обриши мој налог',
  'delete.keep': 'Не, задржи мој налог',
  'delete.error.confirm': 'Означи поље да потврдиш да желиш да обришеш налог.',

  'errorPage.notFound': 'Страница није пронађена',
  'errorPage.forbidden': 'Не можеш то да урадиш',
  'errorPage.expired': 'Овај образац је истекао',
  'errorPage.tooMany': 'Превише покушаја',
  'errorPage.problem': 'Жао нам је, постоји проблем са услугом',
  'errorPage.cannot': 'Ово није успело',
  'errorPage.reference': 'Ако нам се обратиш, наведи ову ознаку: {id}',
  'errorPage.home': 'Иди на почетну страницу',
  'errorPage.events': 'Погледај све догађаје',

  'error.generic':
    'Нешто у овом захтеву није у реду. Врати се назад и покушај поново.',
  'error.NOT_FOUND':
    'Ако си сам/а укуцао/ла адресу, провери да ли је тачна. Страница је можда и уклоњена.',
  'error.FORBIDDEN': 'Твој налог нема дозволу за ово.',
  'error.RATE_LIMITED':
    'Било је превише покушаја. Сачекај неколико минута и покушај поново.',
  'error.INTERNAL_ERROR':
    'Нешто је пошло наопако код нас. Покушај поново касније.',
  'error.DATABASE_UNAVAILABLE':
    'Услуга је накратко недоступна. Ништа није промењено. Покушај поново за тренутак.',
  'error.PAYLOAD_TOO_LARGE':
    'Оно што си послао/ла је предугачко. Скрати и покушај поново.',
  'error.CSRF_FAILED':
    'Ради твоје безбедности обрасци истичу. Врати се назад, поново учитај страницу и покушај поново.',
  'error.UNAUTHENTICATED': 'Пријави се на налог да би ово урадио/ла.',
  'error.VALIDATION_FAILED':
    'Неки одговори нису у реду. Провери их и покушај поново.',
  'error.EMAIL_TAKEN':
    'Налог са овом имејл адресом већ постоји. Пријави се или користи другу адресу.',
  'error.PASSWORD_LENGTH': 'Унеси лозинку од 8 до 128 знакова.',
  'error.PASSWORD_TOO_COMMON':
    'Ова лозинка је једна од најчешћих и лако се погађа. Изабери другу, на пример три или четири неповезане речи.',
  'error.INVALID_CREDENTIALS': 'Имејл адреса или лозинка нису тачни.',
  'error.ACCOUNT_SUSPENDED':
    'Овај налог је суспендован. Обрати се организаторима.',
  'error.EVENT_NOT_FOUND': 'Овај догађај не постоји или није објављен.',
  'error.EVENT_CANCELLED': 'Овај догађај је отказан.',
  'error.EVENT_NOT_PUBLISHED': 'Пријаве за овај догађај још нису отворене.',
  'error.EVENT_OVER': 'Овај догађај је завршен.',
  'error.REGISTRATION_NOT_OPEN': 'Пријаве за овај догађај још нису почеле.',
  'error.REGISTRATION_CLOSED': 'Пријаве за овај догађај су затворене.',
  'error.REGISTRATION_NOT_FOUND': 'Ниси пријављен/а на овај догађај.',
  'error.PROFILE_INCOMPLETE':
    'Прво додај годину рођења у свој профил, па се пријави поново.',
  'error.GUARDIAN_CONSENT_REQUIRED':
    'Учесницима млађим од 16 година прво је потребна сагласност родитеља или старатеља. Можеш је дати на страници профила.',
  'error.PARTICIPANTS_ONLY':
    'Само налози учесника могу да се пријаве на догађаје.',
  'error.COMMUNITY_CONSENT_REQUIRED':
    'Твоја заједница може да се сачува само уз твоју сагласност. Прво означи поље за сагласност.',
  'error.CONSENT_TEXT_OUTDATED':
    'Текст сагласности је промењен откако је страница учитана. Прочитај га поново и поново дај сагласност.',
  'error.DNP_NOT_FOUND':
    'Ниједан учесник не користи ову имејл адресу. Провери је или питај особу коју адресу користи.',
  'error.DNP_SELF': 'Не можеш да додаш себе.',
  'error.DNP_FULL': 'Твоја листа је пуна (50 особа). Прво уклони некога.',
  ...organiserSrCyrl,
  ...liveSrCyrl,
};
