// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "authentication.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace Oxa {

namespace {

/** Adds the credentials of one scheme; false when its secret (or token) is missing. */
bool addScheme(const SecurityScheme &scheme,
               const SchemeSecret &secret,
               const QHash<QString, AccessToken> &tokens,
               Credentials &out)
{
    if (scheme.type == u"apiKey") {
        if (secret.value.isEmpty())
            return false;
        if (scheme.in == u"query")
            out.query.append({scheme.parameterName, QString::fromUtf8(secret.value)});
        else if (scheme.in == u"cookie")
            out.cookies.append({scheme.parameterName.toUtf8(), secret.value});
        else
            out.headers.append({scheme.parameterName.toUtf8(), secret.value});
        return true;
    }
    if (scheme.type == u"http") {
        if (scheme.scheme.compare(u"basic", Qt::CaseInsensitive) == 0) {
            if (secret.user.isEmpty() && secret.password.isEmpty())
                return false;
            out.headers.append(
                {QByteArrayLiteral("Authorization"),
                 "Basic " + QByteArray(secret.user + ':' + secret.password).toBase64()});
            return true;
        }
        if (secret.value.isEmpty())
            return false;
        // bearer, and any other scheme that takes a token as it is
        const QByteArray name
            = scheme.scheme.isEmpty() ? QByteArrayLiteral("Bearer") : scheme.scheme.toLatin1();
        out.headers.append(
            {QByteArrayLiteral("Authorization"),
             (name.compare("bearer", Qt::CaseInsensitive) == 0 ? QByteArrayLiteral("Bearer") : name)
                 + ' ' + secret.value});
        return true;
    }
    if (isTokenScheme(scheme)) {
        const auto it = tokens.constFind(scheme.name);
        if (it == tokens.constEnd() || it->token.isEmpty())
            return false;
        out.headers.append({QByteArrayLiteral("Authorization"), it->type + ' ' + it->token});
        return true;
    }
    return false; // mutualTLS: the environment's client certificate, not a header
}

} // namespace

QString secretKind(const SecurityScheme &scheme)
{
    if (scheme.type == u"http")
        return scheme.scheme.compare(u"basic", Qt::CaseInsensitive) == 0 ? QStringLiteral("basic")
                                                                         : QStringLiteral("bearer");
    if (isTokenScheme(scheme))
        return QStringLiteral("oauth2");
    return scheme.type; // apiKey, mutualTLS
}

bool isTokenScheme(const SecurityScheme &scheme)
{
    return scheme.type == u"oauth2" || scheme.type == u"openIdConnect";
}

Result<Credentials> credentialsFor(const Operation &operation,
                                   const Catalog &catalog,
                                   const QHash<QString, SchemeSecret> &secrets,
                                   const QHash<QString, AccessToken> &tokens)
{
    const QList<SecurityRequirement> &requirements = operation.security;
    QStringList missing;
    for (const SecurityRequirement &requirement : requirements) {
        Credentials credentials;
        bool complete = true;
        for (const auto &[name, scopes] : requirement.schemes) {
            const SecurityScheme *scheme = catalog.securityScheme(name);
            if (!scheme || !addScheme(*scheme, secrets.value(name), tokens, credentials)) {
                complete = false;
                if (!missing.contains(name))
                    missing << name;
            }
        }
        if (complete)
            return credentials; // an empty requirement: anonymous is fine
    }
    if (requirements.isEmpty())
        return Credentials();
    return makeError(Error::Code::Forbidden,
                     QCoreApplication::translate("Oxa::RequestBuilder",
                                                 "The operation needs credentials for %1.")
                         .arg(missing.join(QStringLiteral(", "))));
}

TokenProvider::TokenProvider(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void TokenProvider::token(const SecurityScheme &scheme, const SchemeSecret &secret, Callback done)
{
    const auto cached = m_cache.constFind(scheme.name);
    if (cached != m_cache.constEnd()
        && (!cached->expires.isValid()
            || QDateTime::currentDateTimeUtc().addSecs(kMarginSeconds) < cached->expires)) {
        done(*cached);
        return;
    }
    if (scheme.type == u"openIdConnect") {
        // Discovery: the provider's metadata names its token endpoint.
        BuiltRequest discovery;
        discovery.method = "GET";
        discovery.url = QUrl(scheme.openIdConnectUrl);
        QPointer<TokenProvider> self(this);
        m_client->send(discovery, {}, [self, scheme, secret, done](const Exchange &e) {
            if (!self)
                return;
            const QJsonObject metadata = QJsonDocument::fromJson(e.body).object();
            const QUrl endpoint(metadata.value(QStringLiteral("token_endpoint")).toString());
            if (e.error || e.status != 200 || !endpoint.isValid() || endpoint.isRelative()) {
                done(makeError(Error::Code::Network,
                               tr("The OpenID Connect discovery at %1 gave no token endpoint.")
                                   .arg(scheme.openIdConnectUrl)));
                return;
            }
            self->fetch(scheme.name, endpoint, secret, secret.scopes, done);
        });
        return;
    }
    for (const OAuthFlow &flow : scheme.flows) {
        if (flow.type == u"clientCredentials") {
            QStringList scopes = secret.scopes;
            if (scopes.isEmpty()) {
                for (const auto &scope : flow.scopes)
                    scopes << scope.first;
            }
            // A refresh token, when the last answer gave one, goes to the refresh URL if any.
            const bool refresh = !m_cache.value(scheme.name).refreshToken.isEmpty();
            fetch(scheme.name,
                  QUrl(refresh && !flow.refreshUrl.isEmpty() ? flow.refreshUrl : flow.tokenUrl),
                  secret,
                  scopes,
                  done);
            return;
        }
    }
    done(makeError(Error::Code::Unsupported,
                   tr("The scheme %1 has no client-credentials flow.").arg(scheme.name)));
}

void TokenProvider::fetch(const QString &scheme,
                          const QUrl &tokenUrl,
                          const SchemeSecret &secret,
                          const QStringList &scopes,
                          Callback done)
{
    BuiltRequest request;
    request.method = "POST";
    request.url = tokenUrl;
    request.headers.append({QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    const AccessToken previous = m_cache.value(scheme);
    const bool refreshing = !previous.refreshToken.isEmpty();
    if (refreshing)
        request.body = "grant_type=refresh_token&refresh_token="
                       + QUrl::toPercentEncoding(QString::fromUtf8(previous.refreshToken));
    else
        request.body
            = "grant_type=client_credentials"
              + (scopes.isEmpty() ? QByteArray()
                                  : "&scope=" + QUrl::toPercentEncoding(scopes.join(u' ')));
    // The client's secret as a credential header: never sent to another origin.
    Credentials client;
    client.headers.append(
        {QByteArrayLiteral("Authorization"),
         "Basic "
             + QByteArray(QUrl::toPercentEncoding(QString::fromUtf8(secret.clientId)) + ':'
                          + QUrl::toPercentEncoding(QString::fromUtf8(secret.clientSecret)))
                   .toBase64()});
    QPointer<TokenProvider> self(this);
    m_client
        ->send(request,
               client,
               [self, scheme, tokenUrl, secret, scopes, refreshing, done](const Exchange &e) {
                   if (!self)
                       return;
                   const QJsonObject answer = QJsonDocument::fromJson(e.body).object();
                   if (refreshing && (e.error || e.status != 200)) {
                       // A refused refresh token: start over with the client's own.
                       self->m_cache.remove(scheme);
                       self->fetch(scheme, tokenUrl, secret, scopes, done);
                       return;
                   }
                   if (e.error) {
                       done(tl::unexpected<Error>(*e.error));
                       return;
                   }
                   const QString token = answer.value(QStringLiteral("access_token")).toString();
                   if (e.status != 200 || token.isEmpty()) {
                       self->m_cache.remove(scheme);
                       const QString reason = answer.value(QStringLiteral("error")).toString();
                       const QString description
                           = answer.value(QStringLiteral("error_description")).toString();
                       done(makeError(Error::Code::Http,
                                      tr("The token endpoint refused (%1): %2")
                                          .arg(reason.isEmpty() ? QString::number(e.status) : reason,
                                               description.isEmpty() ? QString::fromUtf8(e.reason)
                                                                     : description.left(500))));
                       return;
                   }
                   AccessToken fresh;
                   fresh.token = token.toUtf8();
                   const QString type = answer.value(QStringLiteral("token_type")).toString();
                   fresh.type = type.isEmpty() || type.compare(u"bearer", Qt::CaseInsensitive) == 0
                                    ? QByteArrayLiteral("Bearer")
                                    : type.toUtf8();
                   fresh.refreshToken
                       = answer.value(QStringLiteral("refresh_token")).toString().toUtf8();
                   const int expiresIn = answer.value(QStringLiteral("expires_in")).toInt(0);
                   if (expiresIn > 0)
                       fresh.expires = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
                   self->m_cache.insert(scheme, fresh);
                   done(fresh);
               });
}

} // namespace Oxa
