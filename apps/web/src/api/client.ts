import type { ErrorCode } from '@qingshan/domain';
import { i18next } from '../i18n';

/**
 * The one way the web talks to the API: JSON, same-origin cookies, the CSRF header on every
 * write, and one error type carrying the server's code and its (Chinese, actionable) message.
 */

export interface FieldIssue {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly field?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The session is gone: log in again. */
  get isSessionProblem(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.code === 'SESSION_EXPIRED';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const csrfCookieName = 'qs_csrf';
let csrfToken: string | null = null;

/** Remembers the token from the login or /api/auth/me response. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function readCsrfCookie(): string | null {
  if (typeof document === 'undefined') return null;
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${csrfCookieName}=`));
  return match ? decodeURIComponent(match.slice(csrfCookieName.length + 1)) : null;
}

type Listener<T> = (value: T) => void;
const requestListeners = new Set<Listener<{ path: string; at: number }>>();
const errorListeners = new Set<Listener<ApiError>>();

/** Every request to the server counts as activity for the idle timer (SYS-2). */
export function onApiRequest(listener: Listener<{ path: string; at: number }>): () => void {
  requestListeners.add(listener);
  return () => requestListeners.delete(listener);
}

/** Session and password problems are handled once, centrally (see auth/AuthProblemHandler). */
export function onApiError(listener: Listener<ApiError>): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

export function buildUrl(path: string, query?: QueryParams): string {
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  /** A file sent as is (imports), with its content type, instead of a JSON body. */
  file?: { content: Blob; contentType: string };
  signal?: AbortSignal;
  /** Login is the one request whose 401 is an answer, not a lost session. */
  isSessionProblemExpected?: boolean;
  /**
   * Made by the page on its own (a poll), not by the user: neither the server nor the idle timer
   * counts it as activity, so it never keeps an idle session alive (SYS-2).
   */
  isBackground?: boolean;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: ErrorCode; message?: string; field?: string; issues?: FieldIssue[] };
    };
    if (body.error?.code && body.error.message) {
      return new ApiError(
        response.status,
        body.error.code,
        body.error.message,
        body.error.field,
        body.error.issues,
      );
    }
  } catch {
    // not JSON: a proxy or the network answered
  }
  return new ApiError(
    response.status,
    response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    i18next.t('common.errors.http', { status: response.status }),
  );
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.file) headers['Content-Type'] = options.file.contentType;
  if (writeMethods.has(method)) {
    const token = csrfToken ?? readCsrfCookie();
    if (token) headers['X-CSRF-Token'] = token;
  }
  if (options.isBackground) headers['X-Qingshan-Background'] = '1';
  else for (const listener of requestListeners) listener({ path, at: Date.now() });
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.file
        ? options.file.content
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', i18next.t('common.errors.network'));
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (!(options.isSessionProblemExpected && error.status === 401)) {
      for (const listener of errorListeners) listener(error);
    }
    throw error;
  }
  return response;
}

async function request<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  /** A GET the page makes on its own (a poll): not activity for the idle limit. */
  getInBackground: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal, isBackground: true }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POSTs a file as the raw request body (with the CSRF header, like every write). */
  upload: <T>(path: string, file: Blob, contentType: string, query?: QueryParams) =>
    request<T>('POST', path, { query, file: { content: file, contentType } }),
};

/**
 * Reads the file name from Content-Disposition, preferring the RFC 5987 `filename*` (the server
 * sends Chinese names there and a plain ASCII fallback in `filename`).
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Downloads a file (Excel exports) with the current session, keeping the server's file name. */
export async function downloadFile(path: string, query?: QueryParams): Promise<string> {
  const response = await send('GET', path, { query });
  const blob = await response.blob();
  const name = fileNameFromDisposition(response.headers.get('content-disposition'), 'export.xlsx');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
