/**
 * The installed-app flow of `citego login`: loopback redirect on 127.0.0.1, PKCE S256 and `state`,
 * played end to end against the fake token endpoint (the test plays the browser).
 */
import { loopbackLogin } from '../../scripts/sheets-api/login';
import { SCOPES } from '../../scripts/sheets-api/auth';
import { FakeSheetsApi } from '../fakes/sheets-api';

let server: FakeSheetsApi;
beforeAll(async () => {
  server = new FakeSheetsApi();
  await server.start();
});
afterAll(() => server.stop());

const client = { clientId: 'client-1.apps.googleusercontent.com', clientSecret: 'secret' };

function run(browser: (auth: URL) => Promise<void>, timeoutMs?: number) {
  const said: string[] = [];
  const done = loopbackLogin({
    client,
    scope: SCOPES.read,
    lang: 'fr',
    say: (l) => said.push(l),
    endpoints: { oauth2AuthBaseUrl: `${server.url}auth`, oauth2TokenUrl: `${server.url}token` },
    timeoutMs,
    onAuthUrl: (url) => void browser(new URL(url)),
  });
  return { done, said };
}

describe('citego login: loopback redirect with PKCE', () => {
  it('asks only spreadsheets.readonly, offline, with an S256 challenge, and stores the refresh token Google gives', async () => {
    let asked: URL | null = null;
    const { done, said } = run(async (auth) => {
      asked = auth;
      server.codes.set('code-1', {
        challenge: auth.searchParams.get('code_challenge') ?? '',
        refreshToken: 'refresh-1',
        scope: SCOPES.read,
      });
      const redirect = auth.searchParams.get('redirect_uri') ?? '';
      const page = await fetch(`${redirect}/?code=code-1&state=${auth.searchParams.get('state')}&scope=x`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Citego est autorisé');
    });
    const token = await done;
    expect(token).toEqual({ ...client, refreshToken: 'refresh-1', scope: SCOPES.read });
    const auth = asked as unknown as URL;
    expect(auth.searchParams.get('scope')).toBe(SCOPES.read);
    expect(auth.searchParams.get('access_type')).toBe('offline');
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(said[0]).toMatch(/^Ouvrez cette adresse dans votre navigateur pour autoriser citego/);
  });

  it('ignores a redirect with a forged state (400), then takes the real one', async () => {
    const { done } = run(async (auth) => {
      server.codes.set('code-2', {
        challenge: auth.searchParams.get('code_challenge') ?? '',
        refreshToken: 'refresh-2',
        scope: SCOPES.read,
      });
      const redirect = auth.searchParams.get('redirect_uri') ?? '';
      const forged = await fetch(`${redirect}/?code=stolen&state=forged`);
      expect(forged.status).toBe(400);
      await fetch(`${redirect}/?code=code-2&state=${auth.searchParams.get('state')}`);
    });
    expect((await done).refreshToken).toBe('refresh-2');
  });

  it('a code exchanged without the right verifier is refused by the token endpoint (PKCE binds it)', async () => {
    const { done } = run(async (auth) => {
      server.codes.set('code-3', { challenge: 'not-the-challenge', refreshToken: 'refresh-3', scope: SCOPES.read });
      await fetch(`${auth.searchParams.get('redirect_uri')}/?code=code-3&state=${auth.searchParams.get('state')}`);
    });
    await expect(done).rejects.toThrow(/révoquée ou a expiré/);
  });

  it('a refusal in the browser and a browser that never comes back are one French sentence each', async () => {
    const denied = run(async (auth) => {
      await fetch(`${auth.searchParams.get('redirect_uri')}/?error=access_denied&state=${auth.searchParams.get('state')}`);
    });
    await expect(denied.done).rejects.toThrow('L’autorisation a été refusée dans le navigateur (access_denied) : rien n’a été enregistré.');
    const never = run(async () => undefined, 300);
    await expect(never.done).rejects.toThrow(/Aucune autorisation reçue du navigateur/);
  });
});
