/**
 * The built app: files from the static root (the `send` library refuses traversal), index.html for page
 * routes, and a real 404 for anything else, so a missing asset or /robots.txt is never answered with HTML.
 */
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sendError } from '../http/errors.js'
import type { Services } from '../services.js'

/** Page routes are plain paths: no dots (files), no percent-escapes (encoded slashes or dots). */
const PAGE_ROUTE = /^\/[A-Za-z0-9_\-/]*$/

function wantsPage(request: FastifyRequest, path: string): boolean {
  const readsPage = request.method === 'GET' || request.method === 'HEAD'
  return readsPage && PAGE_ROUTE.test(path) && (request.headers.accept ?? '').includes('text/html')
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}

export async function registerPages(app: FastifyInstance, { config }: Services): Promise<void> {
  const { staticRoot } = config
  if (staticRoot) {
    await app.register(fastifyStatic, {
      root: staticRoot,
      prefix: '/',
      index: 'index.html',
      dotfiles: 'deny',
    })
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (staticRoot && !isApiPath(path) && wantsPage(request, path)) return reply.sendFile('index.html')
    return sendError(reply, 404, 'ResourceNotFound', 'There is nothing at this address.')
  })
}
