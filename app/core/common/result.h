#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ztp {

// A failure that the caller can show to a technician: what failed, on which value, and what to do.
struct Error
{
    QString message;
};

// Value-or-error for fallible engine calls (std::expected is C++23; GCC 12 builds C++20 here).
template<typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// Result for calls that return nothing on success.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }

    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString errorString() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

} // namespace ztp
