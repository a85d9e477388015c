import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { DemoService } from './demo.service.js';

@Module({ imports: [EventsModule], providers: [DemoService] })
export class DemoModule {}
