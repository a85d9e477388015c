import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLifecycle } from './account-lifecycle.js';
import { AccountsRepository } from './accounts.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { Account } from './entities/account.entity.js';
import { TokensService } from './tokens.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Account]), JwtModule.register({})],
  controllers: [AuthController],
  providers: [
    AuthService,
    AuthGuard,
    TokensService,
    AccountsRepository,
    AccountLifecycle,
  ],
  exports: [
    AuthService,
    AuthGuard,
    AccountsRepository,
    AccountLifecycle,
    TokensService,
  ],
})
export class AuthModule {}
