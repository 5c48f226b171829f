import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { SessionService } from '../auth/session.service';
import { TokenStore } from '../auth/token-store';
import { authGuard, signedOutGuard } from './auth.guards';
import { permissionGuard } from './permission.guard';

class FakeSession {
  granted = new Set<string>();
  loaded = () => false;
  load: () => Promise<void> = () => Promise.resolve();
  ensureLoaded(): Promise<void> {
    return this.load();
  }
  hasPermission(name: string): boolean {
    return this.granted.has(name);
  }
}

const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

describe('route guards', () => {
  let session: FakeSession;
  let store: TokenStore;
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    session = new FakeSession();
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: SessionService, useValue: session }] });
    store = TestBed.inject(TokenStore);
    router = TestBed.inject(Router);
  });

  const run = <T>(guard: () => T) => TestBed.runInInjectionContext(guard);
  const signIn = () => store.save({ accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer', refreshTokenExpiresAt: '' });

  it('authGuard sends a signed-out user to sign-in with the return URL', async () => {
    const result = await run(() => authGuard(route, state('/enterprises?kind=Company')));
    expect(router.serializeUrl(result as UrlTree)).toBe('/sign-in?returnUrl=%2Fenterprises%3Fkind%3DCompany');
  });

  it('authGuard lets a signed-in user through once the session is loaded', async () => {
    signIn();
    const load = vi.fn(() => Promise.resolve());
    session.load = load;
    expect(await run(() => authGuard(route, state('/')))).toBe(true);
    expect(load).toHaveBeenCalled();
  });

  it('authGuard sends to sign-in when the session ended while loading', async () => {
    signIn();
    session.load = () => {
      store.clear();
      return Promise.reject(new Error('expired'));
    };
    const result = await run(() => authGuard(route, state('/contests')));
    expect(router.serializeUrl(result as UrlTree)).toBe('/sign-in?returnUrl=%2Fcontests');
  });

  it('authGuard shows the unavailable page when the server cannot be reached', async () => {
    signIn();
    session.load = () => Promise.reject(new Error('offline'));
    const result = await run(() => authGuard(route, state('/')));
    expect(router.serializeUrl(result as UrlTree)).toBe('/unavailable');
  });

  it('permissionGuard allows holders of the server permission', async () => {
    session.granted = new Set(['Cultivation.Enterprises']);
    expect(await run(() => permissionGuard('Cultivation.Enterprises')(route, state('/enterprises')))).toBe(true);
  });

  it('permissionGuard sends others to the forbidden page (an investor has no Cultivation.Enterprises)', async () => {
    session.granted = new Set(['Cultivation.Contests', 'Cultivation.Districts', 'Cultivation.IndustryFields']);
    const result = await run(() => permissionGuard('Cultivation.Enterprises')(route, state('/enterprises')));
    expect(router.serializeUrl(result as UrlTree)).toBe('/forbidden');
    const admin = await run(() => permissionGuard('Cultivation.Users')(route, state('/admin/users')));
    expect(router.serializeUrl(admin as UrlTree)).toBe('/forbidden');
  });

  it('signedOutGuard keeps signed-in users off the sign-in page', () => {
    expect(run(() => signedOutGuard(route, state('/sign-in')))).toBe(true);
    signIn();
    expect(router.serializeUrl(run(() => signedOutGuard(route, state('/sign-in'))) as UrlTree)).toBe('/');
  });
});

describe('prefetchComponents', () => {
  it('starts loading every lazy component along the route being entered', async () => {
    const shell = vi.fn(() => Promise.resolve(class {}));
    const page = vi.fn(() => Promise.resolve(class {}));
    const snapshot = { routeConfig: { loadComponent: shell }, firstChild: { routeConfig: { loadComponent: page }, firstChild: null } };
    const { prefetchComponents } = await import('./prefetch');
    prefetchComponents(snapshot as unknown as ActivatedRouteSnapshot);
    await Promise.resolve();
    expect(shell).toHaveBeenCalledTimes(1);
    expect(page).toHaveBeenCalledTimes(1);
    expect(() => prefetchComponents({} as ActivatedRouteSnapshot)).not.toThrow();
  });
});
