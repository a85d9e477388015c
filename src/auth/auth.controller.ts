import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from './actor.js';
import { Authenticated, ClientAddress, CurrentActor } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, LoginDto, RegisterDto } from './dto/auth.dto.js';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/register')
  @ApiCreatedResponse({ description: '{accessToken, user}' })
  register(@Body() dto: RegisterDto, @ClientAddress() address: string) {
    return this.auth.register(dto, address);
  }

  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ description: '{accessToken, user}' })
  login(@Body() dto: LoginDto, @ClientAddress() address: string) {
    return this.auth.login(dto.email, dto.password, address);
  }

  /** Revokes every token of the account, on every device. */
  @Post('auth/logout')
  @HttpCode(204)
  @Authenticated()
  async logout(@CurrentActor() actor: Actor) {
    await this.auth.logout(actor);
  }

  @Put('me/password')
  @Authenticated()
  @ApiOkResponse({
    description:
      'A new {accessToken, user}; every earlier token stops working.',
  })
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(
      actor,
      dto.currentPassword,
      dto.newPassword,
    );
  }
}
