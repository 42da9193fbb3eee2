import { describe, expect, it } from 'vitest'
import { buildApp } from './app.js'

describe('proxy app', () => {
  it('answers the health check', async () => {
    const app = await buildApp({ staticRoot: null })
    const response = await app.inject({ method: 'GET', url: '/healthz' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
  })
})
