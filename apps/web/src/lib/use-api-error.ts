import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/client';
import { mapIssuesToFields, withoutFieldPrefix } from './form-errors';

/**
 * Shows an API error the way the platform promises: the server's own message (Chinese and
 * actionable) as a message toast, and field problems on the matching form fields. Session and
 * password-change problems are left to AuthProblemHandler, which moves the user on.
 */
export function useApiErrorHandler() {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance, aliases?: Record<string, string>) => {
      if (isApiError(error)) {
        if (error.isSessionProblem || error.code === 'PASSWORD_CHANGE_REQUIRED') return;
        if (form) {
          const formFields = Object.keys(form.getFieldsValue() as Record<string, unknown>);
          const fieldErrors = mapIssuesToFields(
            error.issues,
            error.field,
            error.message,
            formFields,
            aliases,
          );
          if (fieldErrors.length > 0) form.setFields(fieldErrors);
        }
        void message.error(withoutFieldPrefix(error.message, error.field));
        return;
      }
      void message.error(error instanceof Error ? error.message : String(error));
    },
    [message],
  );
}
