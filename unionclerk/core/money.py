"""Money is kept as integer fen; Decimal yuan only at the edges (forms, reports)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from unionclerk.core.messages import msg


class MoneyError(ValueError):
    """Text that is not an amount of money."""


def yuan_to_fen(value: str | int | float | Decimal) -> int:
    """'28.35' -> 2835. Rounds half up to the fen; refuses text that is not a number."""
    try:
        amount = Decimal(str(value).replace(",", "").replace("，", "").replace("¥", "").strip())
    except InvalidOperation:
        raise MoneyError(msg("“{value}” 不是金额", value=value)) from None
    if not amount.is_finite():
        raise MoneyError(msg("“{value}” 不是金额", value=value))
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int | None) -> str:
    """2835 -> '28.35'; None -> ''."""
    if fen is None:
        return ""
    return f"{fen_to_yuan(fen):,.2f}"
