import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { StrictHttpResponse } from '../../proxy/strict-http-response';

/** The shape of every generated API function in src/app/proxy/fn. */
export type ApiFunction<P, R> = (http: HttpClient, rootUrl: string, params: P, context?: HttpContext) => Observable<StrictHttpResponse<R>>;

/** Calls a generated API function and yields the response body: api.call(enterpriseGet, { id }). */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly configuration = inject(ApiConfiguration);

  call<P, R>(fn: ApiFunction<P, R>, params: P, context?: HttpContext): Observable<R> {
    return fn(this.http, this.configuration.rootUrl, params, context).pipe(map(response => response.body));
  }
}
