package org.l10nwb.memory.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.SharedMemory;

/**
 * Opens {@code postgresql://[user[:password]@]host[:port]/database[?param=value…]} (libpq's URL
 * form; {@code jdbc:postgresql://…} is accepted too) as a {@link PostgresMemory}.
 */
public final class PostgresMemoryFactory implements SharedMemory.Factory {
    @Override
    public boolean accepts(String url) {
        return url.startsWith("postgresql://") || url.startsWith("postgres://") || url.startsWith("jdbc:postgresql://");
    }

    @Override
    public SharedMemory open(String url, LocaleTag source, String clone) {
        return open(url, source, clone, InputLimits.DEFAULTS);
    }

    @Override
    public SharedMemory open(String url, LocaleTag source, String clone, InputLimits limits) {
        String plain = url.startsWith("jdbc:") ? url.substring(5) : url;
        URI uri;
        try {
            uri = new URI(plain);
        } catch (URISyntaxException e) {
            throw new WorkbenchException("memory.url: not a PostgreSQL URL: " + url);
        }
        Properties props = new Properties();
        String shown = "postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        if (uri.getUserInfo() != null) {
            String[] up = uri.getUserInfo().split(":", 2);
            props.setProperty("user", up[0]);
            if (up.length > 1) {
                props.setProperty("password", up[1]);
            }
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            Connection c = DriverManager.getConnection(jdbc, props);
            return new PostgresMemory(c, shown, source, clone, limits);
        } catch (SQLException e) {
            throw new WorkbenchException(shown + ": cannot connect to the shared memory: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
