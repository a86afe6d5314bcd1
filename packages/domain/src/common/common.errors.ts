/**
 * One error vocabulary for the whole platform. The server throws `AppError(code, message)`;
 * the HTTP status comes from this map; the web shows errors by code.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  CSRF_REJECTED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** Well-formed, but the rules cannot be met with the data as it stands (a draw short of officers). */
  RULES_UNSATISFIABLE: 422,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  PAYLOAD_TOO_LARGE: 413,
  /** Too many failed password checks from one client address; the answer carries Retry-After. */
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** The JSON body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** The request field the error is about, as a dotted path (e.g. `roles.0`). */
    field?: string;
    /** Every field problem, when there are several. */
    issues?: { field: string; message: string }[];
  };
}
