#!/usr/bin/env bash
# Signs in to the local issuer (auth-issuer) without a browser and prints an access token.
#
# Usage: scripts/get-token.sh <username> <password>
# Environment: ISSUER (default http://localhost:9000), CLIENT_ID (default photoapp-spa),
#   REDIRECT_URI (default http://localhost:8080/), AUDIENCE (default https://api.photoapp.local).
#
# Drives the authorization code flow with PKCE as the SPA does: authorize, form login with the CSRF token,
# authorize again, then exchange the code. Only the token goes to stdout; errors go to stderr.
set -euo pipefail

if [[ $# -ne 2 ]]; then
	echo "usage: $0 <username> <password>" >&2
	exit 2
fi
username=$1
password=$2
issuer=${ISSUER:-http://localhost:9000}
issuer=${issuer%/}
client_id=${CLIENT_ID:-photoapp-spa}
redirect_uri=${REDIRECT_URI:-http://localhost:8080/}
audience=${AUDIENCE:-https://api.photoapp.local}

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
jar=$workdir/cookies

fail() {
	echo "get-token: $*" >&2
	exit 1
}

base64url() {
	openssl base64 -A | tr '+/' '-_' | tr -d '='
}

# Prints "<status> <absolute redirect URL>"; the body goes to $workdir/body.
request() {
	curl -sS -b "$jar" -c "$jar" -H 'Accept: text/html' -o "$workdir/body" -w '%{http_code} %{redirect_url}' "$@"
}

expect_redirect() {
	local step=$1 response=$2
	[[ ${response%% *} == 302 ]] || fail "$step answered HTTP ${response%% *}, expected a redirect"
	printf '%s' "${response#* }"
}

verifier=$(openssl rand 32 | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64url)
state=$(openssl rand 16 | base64url)

location=$(expect_redirect "authorization request" "$(request -G "$issuer/oauth2/authorize" \
	--data-urlencode response_type=code --data-urlencode "client_id=$client_id" \
	--data-urlencode "redirect_uri=$redirect_uri" --data-urlencode 'scope=openid profile email' \
	--data-urlencode "state=$state" --data-urlencode "code_challenge=$challenge" \
	--data-urlencode code_challenge_method=S256 --data-urlencode "audience=$audience")")
[[ $location == */login ]] || fail "authorization request did not lead to the login page"

status=$(request "$location")
[[ ${status%% *} == 200 ]] || fail "login page answered HTTP ${status%% *}"
csrf=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' "$workdir/body" | head -n 1)
[[ -n $csrf ]] || fail "login page has no _csrf field"

location=$(expect_redirect "login" "$(request "$location" --data-urlencode "username=$username" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$csrf")")
[[ $location != *'/login?error'* ]] || fail "login was refused (wrong username or password?)"

location=$(expect_redirect "authorization after login" "$(request "$location")")
[[ $location == "$redirect_uri"* ]] || fail "authorization did not redirect to $redirect_uri"
[[ $location == *"state=$state"* ]] || fail "authorization response carries the wrong state"
code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[[ -n $code ]] || fail "authorization response carries no code"

status=$(curl -sS -o "$workdir/body" -w '%{http_code}' "$issuer/oauth2/token" \
	--data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
	--data-urlencode "redirect_uri=$redirect_uri" --data-urlencode "client_id=$client_id" \
	--data-urlencode "code_verifier=$verifier")
[[ $status == 200 ]] || fail "token endpoint answered HTTP $status"
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' "$workdir/body")
[[ -n $token ]] || fail "token response has no access_token"
printf '%s\n' "$token"
