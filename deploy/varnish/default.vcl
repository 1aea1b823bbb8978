vcl 4.1;
# Varnish in front of the portal's gunicorn (README, "Caching").
#
# Cached: anonymous GET and HEAD of pages, feeds, sitemaps, the API and static files, for
# as long as Django's Cache-Control says (s-maxage). Passed: the admin, previews, other
# methods, requests with a session or CSRF cookie, documents and downloads (checked and
# counted by Django for each request), /health/. PURGE from the app servers removes a
# path with its later pages and every query string of it (listings page by page,
# filters, the API).

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

# The app servers that may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # The path, its later pages (a listing's <path>page/2/), with or without a
        # query string; "." and other characters of a path match themselves or any
        # character, which only purges a little more.
        ban("obj.http.x-url ~ ^" + regsub(req.url, "\?.*$", "") + "(page/[0-9]+/)?(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|health)(/|$)" || req.url ~ "/download/[^/]+/$") {
        return (pass);
    }
    # Anonymous visitors carry no session or CSRF cookie; any other cookie (analytics
    # of another site on the same domain, a cookie banner) does not change the page.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # "/" picks the visitor's language from Accept-Language and redirects: a cheap
    # answer, not worth an object per browser's header.
    if (req.url ~ "^/(\?|$)") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # What the purge matches on (a ban on obj.* is checked by the ban lurker too).
    set beresp.http.x-url = bereq.url;
    # Django marks anything personal private or no-store; a response setting a cookie
    # is never shared.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Keep serving a page for a minute after it expires while a fresh one is fetched,
    # and for a day if gunicorn does not answer.
    set beresp.grace = 1m;
    set beresp.keep = 1d;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    # Tell a hit from a miss (the benchmark and the tests read it).
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
