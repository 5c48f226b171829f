import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { languageInterceptor } from '../http/language.interceptor';
import { I18nService } from '../i18n/i18n.service';
import { authInterceptor } from './auth.interceptor';
import { SessionExpiry } from './session-expiry';
import { TOKEN_STORAGE_KEY, TokenStore } from './token-store';

const REFRESH_URL = '/api/app/account/refresh';

function tokenResult(access: string, refresh: string) {
  return { accessToken: access, tokenType: 'Bearer', expiresIn: 900, refreshToken: refresh, refreshTokenExpiresAt: '2030-01-01T00:00:00Z' };
}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: TokenStore;
  let expire: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    localStorage.clear();
    expire = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([languageInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        { provide: SessionExpiry, useValue: { expire } }
      ]
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(TokenStore);
    store.save(tokenResult('access-1', 'refresh-1'));
  });

  afterEach(() => backend.verify());

  it('sends the bearer token and the UI language with API calls', async () => {
    const response = firstValueFrom(http.get('/api/app/enterprises'));
    const request = backend.expectOne('/api/app/enterprises');
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(request.request.headers.get('Accept-Language')).toBe('zh-Hans');
    request.flush({ totalCount: 0, items: [] });
    await response;

    TestBed.inject(I18nService).setLanguage('en');
    const english = firstValueFrom(http.get('/api/app/districts'));
    const second = backend.expectOne('/api/app/districts');
    expect(second.request.headers.get('Accept-Language')).toBe('en');
    second.flush({ items: [] });
    await english;
    TestBed.inject(I18nService).setLanguage('zh-CN');
  });

  it('does not send a bearer token to the sign-in endpoint', () => {
    http.post('/api/app/account/token', { userName: 'a', password: 'b' }).subscribe();
    const request = backend.expectOne('/api/app/account/token');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(tokenResult('x', 'y'));
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const response = firstValueFrom(http.get<{ ok: boolean }>('/api/app/account/me'));
    backend.expectOne('/api/app/account/me').flush(null, { status: 401, statusText: 'Unauthorized' });

    const refresh = backend.expectOne(REFRESH_URL);
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush(tokenResult('access-2', 'refresh-2'));
    await Promise.resolve();

    const retry = backend.expectOne('/api/app/account/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({ ok: true });
    expect(await response).toEqual({ ok: true });
    expect(store.tokens()?.refreshToken).toBe('refresh-2');
    expect(JSON.parse(localStorage.getItem(TOKEN_STORAGE_KEY) ?? '{}').accessToken).toBe('access-2');
  });

  it('shares ONE refresh call among concurrent 401s (a refresh token works once)', async () => {
    const urls = ['/api/app/enterprises', '/api/app/districts', '/api/app/contest-editions'];
    const responses = urls.map(url => firstValueFrom(http.get(url)));
    for (const url of urls) {
      backend.expectOne(url).flush(null, { status: 401, statusText: 'Unauthorized' });
    }

    const refreshes = backend.match(REFRESH_URL);
    expect(refreshes.length).toBe(1);
    refreshes[0].flush(tokenResult('access-2', 'refresh-2'));
    await Promise.resolve();

    for (const url of urls) {
      const retry = backend.expectOne(url);
      expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
      retry.flush({ url });
    }
    expect(await Promise.all(responses)).toEqual(urls.map(url => ({ url })));
    backend.expectNone(REFRESH_URL);
  });

  it('a 401 arriving after the refresh finished uses the new token without refreshing again', async () => {
    const first = firstValueFrom(http.get('/api/app/a'));
    const late = firstValueFrom(http.get('/api/app/b'));
    const lateRequest = backend.expectOne('/api/app/b');
    backend.expectOne('/api/app/a').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne(REFRESH_URL).flush(tokenResult('access-2', 'refresh-2'));
    await Promise.resolve();
    backend.expectOne('/api/app/a').flush({ a: 1 });
    await first;

    lateRequest.flush(null, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectNone(REFRESH_URL);
    backend.expectOne('/api/app/b').flush({ b: 1 });
    expect(await late).toEqual({ b: 1 });
  });

  it('ends the session when the refresh token is refused', async () => {
    const response = firstValueFrom(http.get('/api/app/account/me'));
    backend.expectOne('/api/app/account/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne(REFRESH_URL).flush({ code: 'Cultivation:04004' }, { status: 400, statusText: 'Bad Request' });
    await expect(response).rejects.toMatchObject({ status: 401 });
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the refresh call is only rate-limited', async () => {
    const response = firstValueFrom(http.get('/api/app/account/me'));
    backend.expectOne('/api/app/account/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne(REFRESH_URL).flush(null, { status: 429, statusText: 'Too Many Requests' });
    await expect(response).rejects.toMatchObject({ status: 429 });
    expect(expire).not.toHaveBeenCalled();
    expect(store.tokens()?.refreshToken).toBe('refresh-1');
  });

  it('renews an access token that is about to expire before sending', async () => {
    store.save({ ...tokenResult('old', 'refresh-1'), expiresIn: 5 });
    const response = firstValueFrom(http.get('/api/app/enterprises'));
    backend.expectOne(REFRESH_URL).flush(tokenResult('fresh', 'refresh-2'));
    await Promise.resolve();
    const request = backend.expectOne('/api/app/enterprises');
    expect(request.request.headers.get('Authorization')).toBe('Bearer fresh');
    request.flush({});
    await response;
  });

  it('ends the session on a 401 after another tab signed out', async () => {
    store.clear();
    const response = firstValueFrom(http.get('/api/app/enterprises'));
    const request = backend.expectOne('/api/app/enterprises');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(response).rejects.toMatchObject({ status: 401 });
    backend.expectNone(REFRESH_URL);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('leaves non-API requests alone', () => {
    http.get('/assets/x.json').subscribe();
    const request = backend.expectOne('/assets/x.json');
    expect(request.request.headers.has('Authorization')).toBe(false);
    expect(request.request.headers.has('Accept-Language')).toBe(false);
    request.flush({});
  });
});
