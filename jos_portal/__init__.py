"""JOS kennisportaal: de projectschil (settings, urls) en de gedeelde apps."""
