/**
 * The built app: files from the static root (the `send` library refuses traversal), index.html at `/` (or
 * the server-rendered page, first-screen.ts), a
 * small HTML "not found" page for any other page address a browser asks for, and the JSON 404 envelope for
 * the rest (API paths, missing assets, /robots.txt), so those are never answered with HTML.
 */
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sendError } from '../http/errors.js'
import { notFoundPage } from '../http/not-found-page.js'
import type { Services } from '../services.js'
import { firstScreenHandler } from './first-screen.js'

/** Page routes are plain paths: no dots (files), no percent-escapes (encoded slashes or dots). */
const PAGE_ROUTE = /^\/[A-Za-z0-9_\-/]*$/

function wantsPage(request: FastifyRequest, path: string): boolean {
  const readsPage = request.method === 'GET' || request.method === 'HEAD'
  return readsPage && PAGE_ROUTE.test(path) && (request.headers.accept ?? '').includes('text/html')
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}

/** Vite's output under `assets/`: `name-<hash>.ext`. */
export function isBuiltAsset(file: string): boolean {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(file)
}

export async function registerPages(app: FastifyInstance, services: Services): Promise<void> {
  const { staticRoot } = services.config
  if (staticRoot) {
    const { renderer } = services
    await app.register(fastifyStatic, {
      root: staticRoot,
      prefix: '/',
      index: renderer ? false : 'index.html',
      dotfiles: 'deny',
      // Built assets are named by their content's hash: a browser keeps them for a year without asking again.
      setHeaders: (reply: FastifyReply, file: string) => {
        if (isBuiltAsset(file)) reply.header('cache-control', 'public, max-age=31536000, immutable')
      },
    })
    if (renderer) app.get('/', firstScreenHandler(services, renderer, staticRoot))
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (staticRoot && !isApiPath(path) && wantsPage(request, path)) {
      if (path === '/') return reply.sendFile('index.html')
      return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage(path))
    }
    return sendError(reply, 404, 'ResourceNotFound', 'There is nothing at this address.')
  })
}
