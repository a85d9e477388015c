/**
 * Passwords that appear at the top of every breach list (8+ characters, since shorter ones are
 * refused anyway), plus local favourites. Compared case-insensitively.
 */
const LIST = `password password1 password12 password123 passw0rd p@ssw0rd p@ssword 12345678 123456789 1234567890
12341234 11111111 22222222 00000000 88888888 12121212 87654321 11223344 123123123 1q2w3e4r 1q2w3e4r5t
1qaz2wsx qwertyui qwerty12 qwerty123 qwertyuiop asdfghjk asdfasdf zxcvbnm1 abcd1234 abc12345 abcdefgh
iloveyou iloveyou1 sunshine princess football baseball basketball superman batman12 starwars welcome1
welcome123 admin123 administrator letmein1 letmein123 trustno1 dragon12 monkey12 master12 shadow12
whatever freedom1 computer internet michael1 jennifer jordan23 liverpool chelsea1 arsenal1 barcelona
realmadrid juventus manchester changeme changeme1 secret123 samsung1 google123 facebook 987654321
999999999 qazwsxedc passport zaq12wsx q1w2e3r4 qwer1234 test1234 testtest guest123 default1
kosova123 kosovo123 kosova12 prishtina pristina prishtine srbija123 srbija12 beograd1 beograd123
belgrade1 shqiperia shqiperi1 albania1 serbia123 uramost1 uramost123 mitrovica gracanica zvezda123
partizan1 crvenazvezda volimte1 teamo123 tedua123 dashuri1 lozinka1 lozinka123 sifra123 fjalekalimi`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  LIST.split(/\s+/).filter(Boolean),
);

/** True when the password is on the list, or is one character repeated, or a plain digit run. */
export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON_PASSWORDS.has(p)) return true;
  if (/^(.)\1+$/.test(p)) return true;
  if ('01234567890123456789'.includes(p) || '98765432109876543210'.includes(p))
    return true;
  if (
    'abcdefghijklmnopqrstuvwxyz'.includes(p) ||
    'qwertyuiopasdfghjklzxcvbnm'.includes(p)
  )
    return true;
  return false;
}
