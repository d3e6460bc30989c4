// Who is signed in, as the gateway tells it (GET /auth/me): the gateway keeps the tokens (backend-for-frontend);
// the browser only knows the name, roles and jurisdiction, to choose what to show. Every service still decides
// what the caller may see and do.

let current = null;

/** { signedIn, username, name, roles[], province, agency, unit } */
export async function loadUser() {
  try {
    const response = await fetch('/auth/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    current = response.ok ? await response.json() : { signedIn: false, roles: [] };
  } catch (e) {
    current = { signedIn: false, roles: [] };
  }
  current.roles = current.roles || [];
  return current;
}

export function user() {
  return current || { signedIn: false, roles: [] };
}

export function hasAnyRole(roles) {
  return !roles || roles.length === 0 || roles.some((r) => user().roles.includes(r));
}

/** Sign-in through the realm (authorization code with PKCE, run by the gateway), back to the same page. */
export function signInUrl() {
  return `/auth/login?next=${encodeURIComponent(location.hash || '#/')}`;
}

export function signOutUrl() {
  return '/auth/logout';
}
