//! `wuqing-receiver` serves the inquiry endpoint; `wuqing-receiver export --since YYYY-MM-DD`
//! writes the inquiries received since that date as CSV to standard output. Configuration comes
//! from the environment (see receiver/README.md). Logs go to standard error through `tracing`
//! (`RUST_LOG` picks what, `info` by default); the one line on standard output says where it
//! listens, for launchers to read.

use receiver::config::Config;
use std::process::ExitCode;

const USAGE: &str = "usage: wuqing-receiver                          serve (configured by WQ_RECEIVER_* variables)
       wuqing-receiver export --since YYYY-MM-DD   write CSV of inquiries received since then";

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("wuqing-receiver: {e}");
            return ExitCode::from(2);
        }
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => serve(&config),
        ["export", "--since", since] => export(&config, since),
        ["-h" | "--help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn export(config: &Config, since: &str) -> ExitCode {
    if !config.db_path.exists() {
        eprintln!("wuqing-receiver: no database at {}", config.db_path.display());
        return ExitCode::FAILURE;
    }
    let result = receiver::store::Store::open(&config.db_path)
        .map_err(|e| format!("opening {}: {e}", config.db_path.display()))
        .and_then(|store| receiver::export::write_csv(&store, since, std::io::stdout().lock()));
    match result {
        Ok(count) => {
            eprintln!("wuqing-receiver: exported {count} inquiries received since {since}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("wuqing-receiver: {e}");
            ExitCode::FAILURE
        }
    }
}

fn serve(config: &Config) -> ExitCode {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            tracing::error!("{e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        let running = match receiver::start(config, shutdown).await {
            Ok(running) => running,
            Err(e) => {
                tracing::error!("{e}");
                return ExitCode::FAILURE;
            }
        };
        println!("wuqing-receiver listening on http://{}", running.addr);
        match running.server.await {
            Ok(Ok(())) => ExitCode::SUCCESS,
            Ok(Err(e)) => {
                tracing::error!("serving: {e}");
                ExitCode::FAILURE
            }
            Err(e) => {
                tracing::error!("the server task failed: {e}");
                ExitCode::FAILURE
            }
        }
    })
}
