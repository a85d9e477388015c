import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WebNav } from '../nav.js';

/** The menu entries of the organiser, admin and "my calendar" pages. */
@Injectable()
export class OrganiserNav implements OnModuleInit {
  constructor(private readonly nav: WebNav) {}

  onModuleInit() {
    this.nav.add({
      href: '/me/calendar',
      label: 'nav.myCalendar',
      audience: ['participant', 'organiser', 'admin'],
      order: 25,
    });
    this.nav.add({
      href: '/organiser/events',
      label: 'nav.organiserEvents',
      audience: ['organiser', 'admin'],
      order: 50,
      section: '/organiser',
    });
    this.nav.add({
      href: '/admin/organisations',
      label: 'nav.admin',
      audience: ['admin'],
      order: 60,
      section: '/admin',
    });
  }
}
