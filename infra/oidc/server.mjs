// Development-only OpenID Provider for Kundval's compose stack.
//
// It stands in for the municipality's identity provider so the app's OIDC
// sign-in can be exercised locally. It uses oidc-provider's built-in
// "devInteractions" login page, which accepts ANY login name and ignores the
// password, keeps everything in memory and signs with the library's published
// development keys. Never expose it beyond a developer's machine.
//
// Configuration (environment):
//   OIDC_ISSUER              issuer URL, must be reachable under the same name
//                            by the browser and the app container
//                            (default http://oidc.localhost:3000)
//   PORT                     listen port (default 3000)
//   OIDC_CLIENT_ID           default "kundval"
//   OIDC_CLIENT_SECRET       required
//   OIDC_REDIRECT_URIS       space-separated (default
//                            http://localhost:8000/api/auth/oidc/callback)
//   OIDC_POST_LOGOUT_REDIRECT_URIS  space-separated (default http://localhost:8000/)
//   OIDC_COOKIE_KEYS         space-separated cookie signing keys; random per
//                            start when unset (sign-in sessions then end with
//                            the process, which is fine for development)

import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const env = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
};
const list = (value) => value.split(/\s+/).filter(Boolean);

const issuer = env('OIDC_ISSUER', 'http://oidc.localhost:3000');
const port = Number(env('PORT', '3000'));
const clientId = env('OIDC_CLIENT_ID', 'kundval');
const clientSecret = env('OIDC_CLIENT_SECRET');
if (!clientSecret) {
  console.error('OIDC_CLIENT_SECRET must be set');
  process.exit(1);
}

// The login name typed on the dev login page becomes the subject. A name that
// looks like an e-mail address is used as the address; anything else gets one
// under the reserved .test domain, so test users can be told apart by name.
function claimsFor(login) {
  const email = login.includes('@') ? login : `${login}@kundval.test`;
  return {
    sub: login,
    email,
    email_verified: true,
    name: login,
    preferred_username: login,
  };
}

const configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      client_name: 'Kundval (development)',
      redirect_uris: list(env('OIDC_REDIRECT_URIS', 'http://localhost:8000/api/auth/oidc/callback')),
      post_logout_redirect_uris: list(env('OIDC_POST_LOGOUT_REDIRECT_URIS', 'http://localhost:8000/')),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  // Claims are released per scope. As the OIDC spec asks (and the library
  // does by default), when an access token is issued the ID token carries
  // only `sub`; the rest come from the userinfo endpoint. Real IdPs differ
  // here, so the app should read claims from userinfo, not the ID token.
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  scopes: ['openid', 'email', 'profile'],
  async findAccount(ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return claimsFor(sub);
      },
    };
  },
  // Kundval is a first-party client: grant the requested OIDC scopes without a
  // consent screen, so a dev sign-in is "type a name, press enter".
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }
    if (ctx.oidc.client.clientId !== clientId) {
      return undefined;
    }
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  cookies: {
    keys: list(env('OIDC_COOKIE_KEYS', randomBytes(32).toString('base64url'))),
  },
  features: {
    devInteractions: { enabled: true },
  },
};

const provider = new Provider(issuer, configuration);

const server = provider.listen(port, () => {
  console.log(`dev OpenID Provider for ${issuer} listening on :${port}`);
  console.log(`discovery: ${issuer}/.well-known/openid-configuration`);
});

// Node as PID 1 ignores SIGTERM unless handled; close cleanly so
// `docker compose down` does not wait out its kill timeout.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
