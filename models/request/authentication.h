// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"
#include "request/apiclient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

namespace Oxa {

class Catalog;
struct SecurityScheme;

/** The secret of one security scheme, held in memory only (the keychain keeps it at rest). */
struct SchemeSecret
{
    QByteArray value;        ///< apiKey, bearer token
    QByteArray user;         ///< basic
    QByteArray password;     ///< basic
    QByteArray clientId;     ///< oauth2 client credentials
    QByteArray clientSecret; ///< oauth2 client credentials
    QStringList scopes;      ///< oauth2: empty for the flow's own

    bool isEmpty() const
    {
        return value.isEmpty() && user.isEmpty() && password.isEmpty() && clientId.isEmpty();
    }
};

/** What an OAuth2 token endpoint gave. */
struct AccessToken
{
    QByteArray token;
    QByteArray type = "Bearer";
    QByteArray refreshToken;
    QDateTime expires; ///< invalid: no expiry said
};

/**
 * What secret a scheme needs, as a prompt asks for it: "basic" (user and password), "bearer"
 * (a token: HTTP bearer or any other HTTP scheme), "oauth2" (a client id and secret, for
 * OAuth2 and OpenID Connect), "apiKey" or "mutualTLS".
 */
QString secretKind(const SecurityScheme &scheme);
/** Whether the scheme's credential is a token fetched from an endpoint (OAuth2, OpenID Connect). */
bool isTokenScheme(const SecurityScheme &scheme);

/**
 * The credentials of one request, from the operation's security requirements (else the
 * document's): the first requirement whose every scheme has a secret, in the order written.
 * apiKey in a header, the query or a cookie; HTTP basic and bearer; OAuth2 and OpenID Connect
 * with the token given in `tokens` by scheme name. Empty credentials when nothing is required,
 * or when an empty requirement (anonymous) comes first. Returns an Error naming the schemes
 * that lack a secret otherwise.
 */
Result<Credentials> credentialsFor(const Operation &operation,
                                   const Catalog &catalog,
                                   const QHash<QString, SchemeSecret> &secrets,
                                   const QHash<QString, AccessToken> &tokens = {});

/**
 * Fetches OAuth2 tokens with the client-credentials flow (the client authenticated by HTTP
 * basic, so that a redirect never carries its secret elsewhere), keeps each until shortly
 * before it expires, refreshes it with its refresh token when there is one, and finds the
 * token endpoint of an OpenID Connect scheme by discovery. Errors from the endpoint
 * (`error`, `error_description`) come back as the Error's message.
 */
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    explicit TokenProvider(ApiClient *client, QObject *parent = nullptr);

    using Callback = std::function<void(const Result<AccessToken> &)>;

    /**
     * The token for a scheme: the cached one while valid, else a new one. `scheme` must be
     * oauth2 with a clientCredentials flow, or openIdConnect.
     */
    void token(const SecurityScheme &scheme, const SchemeSecret &secret, Callback done);
    /** Forgets a scheme's token (after a 401, or when its secret changes). */
    void forget(const QString &scheme) { m_cache.remove(scheme); }
    /** Seconds before expiry at which a token counts as expired. */
    static constexpr int kMarginSeconds = 30;

private:
    void fetch(const QString &scheme,
               const QUrl &tokenUrl,
               const SchemeSecret &secret,
               const QStringList &scopes,
               Callback done);

    ApiClient *m_client;
    QHash<QString, AccessToken> m_cache;
};

} // namespace Oxa
