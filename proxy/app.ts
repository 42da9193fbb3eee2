import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'

const here = path.dirname(fileURLToPath(import.meta.url))

export interface AppOptions {
  /** Folder of the built web app; null serves no pages (the Vite dev server does). */
  staticRoot: string | null
}

export const defaultStaticRoot = path.resolve(here, '..', '..', 'dist')

/** Builds the proxy's HTTP app with every route registered explicitly. Never listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })

  app.get('/healthz', async () => ({ status: 'ok' }))

  if (options.staticRoot) {
    await app.register(fastifyStatic, { root: options.staticRoot, prefix: '/', index: 'index.html' })
  }
  app.setNotFoundHandler((request, reply) => {
    if (options.staticRoot && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html')
    }
    return reply.code(404).send({ error: 'not found' })
  })
  return app
}
