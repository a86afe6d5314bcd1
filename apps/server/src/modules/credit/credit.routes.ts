import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context';

// Scaffold: the routes of this module are being written.
export const creditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};
